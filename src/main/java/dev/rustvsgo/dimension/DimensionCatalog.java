package dev.rustvsgo.dimension;

import dev.rustvsgo.web.SlugIndex;

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

	DimensionCatalog(DimensionRepository repository) {
		this.repository = repository;
	}

	/**
	 * Loads the catalog once every singleton exists, before the web server starts: with
	 * the deferred JPA bootstrap, Hibernate starts in the background and only this first
	 * query waits for it.
	 */
	@Override
	public void afterSingletonsInstantiated() {
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
