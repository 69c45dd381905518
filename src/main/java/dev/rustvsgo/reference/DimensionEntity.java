package dev.rustvsgo.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dimension")
class DimensionEntity {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String description;

	private int position;

	protected DimensionEntity() {
	}

	Long getId() {
		return this.id;
	}

	Dimension toDimension() {
		return new Dimension(this.slug, this.name, this.description);
	}

}
