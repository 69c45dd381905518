package dev.rustvsgo.contradiction;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "claim_contradiction_side")
class ClaimContradictionSideEntity {

	@Id
	private Long id;

	private Long contradictionId;

	private Long claimId;

	private Integer position;

	protected ClaimContradictionSideEntity() {
	}

	Long getContradictionId() {
		return this.contradictionId;
	}

	Long getClaimId() {
		return this.claimId;
	}

}
