package dev.rustvsgo.contradiction;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "claim_contradiction")
class ClaimContradictionEntity {

	@Id
	private Long id;

	private String slug;

	private Long dimensionId;

	private String summary;

	private String reason;

	protected ClaimContradictionEntity() {
	}

	Long getId() {
		return this.id;
	}

	Long getDimensionId() {
		return this.dimensionId;
	}

	String getSummary() {
		return this.summary;
	}

	String getReason() {
		return this.reason;
	}

}
