package dev.rustvsgo.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "claim")
class ClaimEntity {

	@Id
	private Long id;

	private Long sourceId;

	private Long dimensionId;

	@Enumerated(EnumType.STRING)
	private Favors favors;

	@Enumerated(EnumType.STRING)
	private ClaimKind kind;

	private String statement;

	private String quote;

	protected ClaimEntity() {
	}

	Long getId() {
		return this.id;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	Long getDimensionId() {
		return this.dimensionId;
	}

	Favors getFavors() {
		return this.favors;
	}

	ClaimKind getKind() {
		return this.kind;
	}

	String getStatement() {
		return this.statement;
	}

	String getQuote() {
		return this.quote;
	}

}
