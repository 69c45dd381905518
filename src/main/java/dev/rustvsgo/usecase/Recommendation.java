package dev.rustvsgo.usecase;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One article recommending a language for a use case.
 *
 * @param source the article
 * @param language the language it recommends, or BOTH
 * @param statement the recommendation in this project's words
 * @param quote a verbatim excerpt of the article that makes it
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "An article's recommendation of a language (or both) for a use case, with a verbatim quote.")
public record Recommendation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Language language,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String statement,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text") String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
