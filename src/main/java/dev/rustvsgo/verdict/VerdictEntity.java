package dev.rustvsgo.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "verdict")
class VerdictEntity {

	@Id
	private Long id;

	private Long sourceId;

	private Long dimensionId;

	@Enumerated(EnumType.STRING)
	private Winner winner;

	private String rationale;

	private String quote;

	@Enumerated(EnumType.STRING)
	private Basis basis;

	protected VerdictEntity() {
	}

	Long getId() {
		return this.id;
	}

	Basis getBasis() {
		return this.basis;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	Long getDimensionId() {
		return this.dimensionId;
	}

	Winner getWinner() {
		return this.winner;
	}

	String getRationale() {
		return this.rationale;
	}

	String getQuote() {
		return this.quote;
	}

}
