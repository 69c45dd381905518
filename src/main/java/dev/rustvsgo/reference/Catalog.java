package dev.rustvsgo.reference;

/**
 * The rows of one table, read once from the database into a {@link SlugIndex}: they
 * change only with a deployment (a new Flyway migration), so requests resolve slugs and
 * ids in memory.
 * <p>
 * Subclasses fill the index in their constructor: Spring Boot creates the JPA
 * repositories they read through only after Flyway has migrated the database, and the
 * stores of the in-memory model that resolve slugs are created after the catalogs they
 * take as constructor arguments.
 *
 * @param <T> what each row becomes
 */
public abstract class Catalog<T> {

	private final SlugIndex<T> index;

	protected Catalog(SlugIndex<T> index) {
		this.index = index;
	}

	public SlugIndex<T> index() {
		return this.index;
	}

}
