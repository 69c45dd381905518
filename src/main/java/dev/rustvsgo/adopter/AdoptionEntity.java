package dev.rustvsgo.adopter;

import dev.rustvsgo.reference.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "adoption")
class AdoptionEntity {

	@Id
	private Long id;

	private Long organisationId;

	private Long sourceId;

	@Enumerated(EnumType.STRING)
	private Language language;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private String purpose;

	private String statement;

	private String quote;

	protected AdoptionEntity() {
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	Language getLanguage() {
		return this.language;
	}

	Relation getRelation() {
		return this.relation;
	}

	String getPurpose() {
		return this.purpose;
	}

	String getStatement() {
		return this.statement;
	}

	String getQuote() {
		return this.quote;
	}

}
