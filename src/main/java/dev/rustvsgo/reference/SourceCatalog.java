package dev.rustvsgo.reference;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The sources, read once from the database (see {@link Catalog}), ordered by slug.
 */
@Component
public class SourceCatalog extends Catalog<Source> {

	SourceCatalog(SourceRepository repository) {
		super(new SlugIndex<>("source", "/api/sources"));
		for (SourceEntity entity : repository.findAll(Sort.by("slug"))) {
			Source source = entity.toSource();
			index().add(entity.getId(), source.slug(), source);
		}
	}

	/** The reference for a source id taken from a claim or verdict row. */
	public SourceRef refOf(long id) {
		return index().byId(id).toRef();
	}

}
