package dev.rustvsgo.reference;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The dimensions, read once from the database (see {@link Catalog}), ordered by display
 * position.
 */
@Component
public class DimensionCatalog extends Catalog<Dimension> {

	DimensionCatalog(DimensionRepository repository) {
		super(new SlugIndex<>("dimension", "/api/dimensions"));
		for (DimensionEntity entity : repository.findAll(Sort.by("position"))) {
			Dimension dimension = entity.toDimension();
			index().add(entity.getId(), dimension.slug(), dimension);
		}
	}

	/** The reference for a dimension id taken from a claim or verdict row. */
	public DimensionRef refOf(long id) {
		return index().byId(id).toRef();
	}

}
