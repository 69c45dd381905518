package dev.rustvsgo.recommendation;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Winner;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.rustvsgo.web.json.RenderedOnce;

/**
 * A verdict behind a dimension's score.
 *
 * @param source the article
 * @param winner its verdict
 * @param basis whether it states or implies it
 * @param weight how much it counts: 1 stated, 0.5 implied
 * @param quote a verbatim excerpt of the article
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "A verdict counted in a dimension's score, with the weight it has and its quote.")
@RenderedOnce
public record Evidence(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Winner winner,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Basis basis,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1") double weight,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
