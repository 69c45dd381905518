package dev.rustvsgo.reference;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The sources, read once from the database (see {@link Catalog}), ordered by slug.
 */
@Component
public class SourceCatalog extends Catalog<Source> {

	/** One shared reference per source, by database id (the model holds many). */
	private final Map<Long, SourceRef> refs;

	SourceCatalog(SourceRepository repository) {
		super(new SlugIndex<>("source", "/api/sources"));
		Map<Long, SourceRef> refs = new HashMap<>();
		for (SourceEntity entity : repository.findAll(Sort.by("slug"))) {
			Source source = entity.toSource();
			index().add(entity.getId(), source.slug(), source);
			refs.put(entity.getId(), source.toRef());
		}
		this.refs = Map.copyOf(refs);
	}

	/** The reference for a source id taken from a claim or verdict row. */
	public SourceRef refOf(long id) {
		SourceRef ref = this.refs.get(id);
		return (ref != null) ? ref : index().byId(id).toRef();
	}

}
