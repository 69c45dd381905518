package dev.rustvsgo.usecase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "use_case")
class UseCaseEntity {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String description;

	private Integer position;

	protected UseCaseEntity() {
	}

	Long getId() {
		return this.id;
	}

	UseCase toUseCase() {
		return new UseCase(this.slug, this.name, this.description);
	}

}
