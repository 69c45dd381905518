package dev.rustvsgo.source;

import dev.rustvsgo.migration.BackgroundMigration;
import dev.rustvsgo.web.SlugIndex;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The sources, read once from the database: they change only with a deployment (a new
 * Flyway migration), so requests resolve slugs and ids in memory. Ordered by slug.
 */
@Component
public class SourceCatalog implements SmartInitializingSingleton {

	private final SlugIndex<Source> index = new SlugIndex<>("source", "/api/sources");

	private final SourceRepository repository;

	private final ObjectProvider<BackgroundMigration> migration;

	SourceCatalog(SourceRepository repository, ObjectProvider<BackgroundMigration> migration) {
		this.repository = repository;
		this.migration = migration;
	}

	/**
	 * Loads the catalog once every singleton exists, before the web server starts. The
	 * migrations ({@link BackgroundMigration}, when the context has it) and Hibernate
	 * (the deferred JPA bootstrap) both start in the background; this first query waits
	 * for both.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.migration.ifAvailable(BackgroundMigration::awaitCompletion);
		for (SourceEntity entity : this.repository.findAllByOrderBySlugAsc()) {
			Source source = entity.toSource();
			this.index.add(entity.getId(), source.slug(), source);
		}
	}

	public SlugIndex<Source> index() {
		return this.index;
	}

	/** The reference for a source id taken from a claim or verdict row. */
	public SourceRef refOf(long id) {
		return this.index.byId(id).toRef();
	}

}
