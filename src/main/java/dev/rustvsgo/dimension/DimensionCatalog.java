package dev.rustvsgo.dimension;

import dev.rustvsgo.web.SlugIndex;

import org.springframework.stereotype.Component;

/**
 * The dimensions, read once from the database: they change only with a deployment (a new
 * Flyway migration), so requests resolve slugs and ids in memory. Ordered by display
 * position.
 */
@Component
public class DimensionCatalog {

	private final SlugIndex<Dimension> index = new SlugIndex<>("dimension", "/api/dimensions");

	DimensionCatalog(DimensionRepository repository) {
		for (DimensionEntity entity : repository.findAllByOrderByPositionAsc()) {
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
