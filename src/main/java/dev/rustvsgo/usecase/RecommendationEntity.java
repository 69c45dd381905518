package dev.rustvsgo.usecase;

import dev.rustvsgo.reference.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "use_case_recommendation")
class RecommendationEntity {

	@Id
	private Long id;

	private Long sourceId;

	private Long useCaseId;

	@Enumerated(EnumType.STRING)
	private Language language;

	private String statement;

	private String quote;

	protected RecommendationEntity() {
	}

	Long getSourceId() {
		return this.sourceId;
	}

	Long getUseCaseId() {
		return this.useCaseId;
	}

	Language getLanguage() {
		return this.language;
	}

	String getStatement() {
		return this.statement;
	}

	String getQuote() {
		return this.quote;
	}

}
