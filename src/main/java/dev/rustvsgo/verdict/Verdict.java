package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.rustvsgo.web.json.RenderedOnce;

/**
 * What one article concludes about one dimension.
 *
 * @param id stable numeric id
 * @param source the article
 * @param dimension the dimension
 * @param winner who the article says wins
 * @param rationale why, in this project's own words
 * @param quote a verbatim excerpt of the article that supports the verdict
 * @param basis whether the article states the verdict or only implies it
 * @param conditions for a {@code DEPENDS} verdict, what it depends on (empty otherwise)
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "One article's verdict on one dimension, with a verbatim supporting quote.")
@RenderedOnce
public record Verdict(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12") long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Winner winner,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Why the article reaches this verdict, paraphrased by this project") String rationale,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text (whitespace may differ)") String quote,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Basis basis,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "For a DEPENDS verdict, each condition with the side it favours; empty for other verdicts") List<Condition> conditions,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
