package dev.rustvsgo.web;

import dev.rustvsgo.migration.BackgroundMigration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The rows of one table, read once from the database into a {@link SlugIndex}: they
 * change only with a deployment (a new Flyway migration), so requests resolve slugs and
 * ids in memory.
 * <p>
 * The rows are loaded once every singleton exists, before the web server starts. The
 * migrations ({@link BackgroundMigration}, when the context has it) and Hibernate (the
 * deferred JPA bootstrap) both start in the background; the first query waits for both.
 *
 * @param <T> what each row becomes
 */
public abstract class Catalog<T> implements SmartInitializingSingleton {

	private final SlugIndex<T> index;

	private final ObjectProvider<BackgroundMigration> migration;

	protected Catalog(SlugIndex<T> index, ObjectProvider<BackgroundMigration> migration) {
		this.index = index;
		this.migration = migration;
	}

	/**
	 * Reads the rows, in the order the API lists them, and adds each to the index.
	 * @param index the catalog's index, empty
	 */
	protected abstract void load(SlugIndex<T> index);

	@Override
	public void afterSingletonsInstantiated() {
		this.migration.ifAvailable(BackgroundMigration::awaitCompletion);
		load(this.index);
	}

	public SlugIndex<T> index() {
		return this.index;
	}

}
