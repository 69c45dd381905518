package dev.rustvsgo.dimension;

import dev.rustvsgo.migration.BackgroundMigration;
import dev.rustvsgo.web.SlugIndex;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The dimensions, read once from the database: they change only with a deployment (a new
 * Flyway migration), so requests resolve slugs and ids in memory. Ordered by display
 * position.
 */
@Component
public class DimensionCatalog implements SmartInitializingSingleton {

	private final SlugIndex<Dimension> index = new SlugIndex<>("dimension", "/api/dimensions");

	private final DimensionRepository repository;

	private final ObjectProvider<BackgroundMigration> migration;

	DimensionCatalog(DimensionRepository repository, ObjectProvider<BackgroundMigration> migration) {
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
		for (DimensionEntity entity : this.repository.findAllByOrderByPositionAsc()) {
			Dimension dimension = entity.toDimension();
			this.index.add(entity.getId(), dimension.slug(), dimension);
		}
	}

	public SlugIndex<Dimension> index() {
		return this.index;
	}

	/** The reference for a dimension id taken from a claim or verdict row. */
	public DimensionRef refOf(long id) {
		return this.index.byId(id).toRef();
	}

}
