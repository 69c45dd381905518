package dev.rustvsgo.adopter;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one article says an organisation does with a language.
 *
 * @param source the article
 * @param language the language
 * @param relation what the organisation does with it
 * @param purpose what for, in this project's words, or {@code null} when the article does
 * not say
 * @param statement the mention in this project's words
 * @param quote a verbatim excerpt of the article
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "One mention of an organisation with a language, with a verbatim quote.")
public record AdoptionStatement(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"RUST", "GO" }) Language language,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Relation relation,
		@Schema(nullable = true, example = "storage system components") String purpose,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String statement,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text") String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor){
}
