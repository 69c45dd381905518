package dev.rustvsgo.figure;

import java.math.BigDecimal;

import dev.rustvsgo.reference.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "figure")
class FigureEntity {

	@Id
	private Long id;

	private Long sourceId;

	private Long claimId;

	private String metric;

	@Enumerated(EnumType.STRING)
	private Language subject;

	@Column(name = "numeric_value")
	private BigDecimal value;

	@Column(name = "lower_bound")
	private BigDecimal lower;

	@Column(name = "upper_bound")
	private BigDecimal upper;

	private String unit;

	private Boolean approximate;

	private String statement;

	private String quote;

	protected FigureEntity() {
	}

	Long getId() {
		return this.id;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	Long getClaimId() {
		return this.claimId;
	}

	String getMetric() {
		return this.metric;
	}

	Language getSubject() {
		return this.subject;
	}

	BigDecimal getValue() {
		return this.value;
	}

	BigDecimal getLower() {
		return this.lower;
	}

	BigDecimal getUpper() {
		return this.upper;
	}

	String getUnit() {
		return this.unit;
	}

	boolean isApproximate() {
		return this.approximate;
	}

	String getStatement() {
		return this.statement;
	}

	String getQuote() {
		return this.quote;
	}

}
