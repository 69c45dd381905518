package dev.rustvsgo.source;

import dev.rustvsgo.web.SlugIndex;

import org.springframework.stereotype.Component;

/**
 * The sources, read once from the database: they change only with a deployment (a new
 * Flyway migration), so requests resolve slugs and ids in memory. Ordered by slug.
 */
@Component
public class SourceCatalog {

	private final SlugIndex<Source> index = new SlugIndex<>("source", "/api/sources");

	SourceCatalog(SourceRepository repository) {
		for (SourceEntity entity : repository.findAllByOrderBySlugAsc()) {
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
