package dev.rustvsgo.reference;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The dimensions, read once from the database (see {@link Catalog}), ordered by display
 * position.
 */
@Component
public class DimensionCatalog extends Catalog<Dimension> {

	/** One shared reference per dimension, by database id (the model holds many). */
	private final Map<Long, DimensionRef> refs;

	DimensionCatalog(DimensionRepository repository) {
		super(new SlugIndex<>("dimension", "/api/dimensions"));
		Map<Long, DimensionRef> refs = new HashMap<>();
		for (DimensionEntity entity : repository.findAll(Sort.by("position"))) {
			Dimension dimension = entity.toDimension();
			index().add(entity.getId(), dimension.slug(), dimension);
			refs.put(entity.getId(), dimension.toRef());
		}
		this.refs = Map.copyOf(refs);
	}

	/** The reference for a dimension id taken from a claim or verdict row. */
	public DimensionRef refOf(long id) {
		DimensionRef ref = this.refs.get(id);
		return (ref != null) ? ref : index().byId(id).toRef();
	}

}
