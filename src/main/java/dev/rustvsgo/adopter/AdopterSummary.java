package dev.rustvsgo.adopter;

import java.util.List;

import dev.rustvsgo.reference.Language;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organisation with the languages the articles name it under.
 *
 * @param organisation the organisation
 * @param languages the languages it is named under (RUST, GO), in that order
 * @param statements how many statements name it under each language
 */
@Schema(description = "An organisation with the languages the articles name it under and the number of statements per language.")
public record AdopterSummary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Organisation organisation,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Language> languages,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) StatementCounts statements) {

	/**
	 * Statements per language.
	 *
	 * @param rust statements about Rust
	 * @param go statements about Go
	 */
	@Schema(description = "Number of statements per language.")
	public record StatementCounts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int rust,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int go) {
	}

}
