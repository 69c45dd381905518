package dev.rustvsgo.verdict;

import dev.rustvsgo.reference.Anchor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "verdict_condition")
class VerdictConditionEntity {

	@Id
	private Long id;

	private Long verdictId;

	private Integer position;

	private String statement;

	@Enumerated(EnumType.STRING)
	private Winner favors;

	private String quote;

	protected VerdictConditionEntity() {
	}

	Long getVerdictId() {
		return this.verdictId;
	}

	String getQuote() {
		return this.quote;
	}

	Condition toCondition(Anchor anchor) {
		return new Condition(this.statement, this.favors, this.quote, anchor);
	}

}
