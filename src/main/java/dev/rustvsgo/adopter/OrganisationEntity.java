package dev.rustvsgo.adopter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
class OrganisationEntity {

	@Id
	private Long id;

	private String slug;

	private String name;

	protected OrganisationEntity() {
	}

	Long getId() {
		return this.id;
	}

	Organisation toOrganisation() {
		return new Organisation(this.slug, this.name);
	}

}
