package dev.rustvsgo.reference;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The rows of one table, read once from the database into a {@link SlugIndex}: they
 * change only with a deployment (a new Flyway migration), so requests resolve slugs and
 * ids in memory.
 * <p>
 * The rows are loaded once every singleton exists, before the web server starts: by then
 * Flyway has migrated the database and JPA has started, in Spring Boot's ordinary order.
 *
 * @param <T> what each row becomes
 */
public abstract class Catalog<T> implements SmartInitializingSingleton {

	private final SlugIndex<T> index;

	protected Catalog(SlugIndex<T> index) {
		this.index = index;
	}

	/**
	 * Reads the rows, in the order the API lists them, and adds each to the index.
	 * @param index the catalog's index, empty
	 */
	protected abstract void load(SlugIndex<T> index);

	@Override
	public void afterSingletonsInstantiated() {
		load(this.index);
	}

	public SlugIndex<T> index() {
		return this.index;
	}

}
