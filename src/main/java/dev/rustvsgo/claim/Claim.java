package dev.rustvsgo.claim;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.rustvsgo.web.json.RenderedOnce;

/**
 * A statement one article makes about Rust and Go.
 *
 * @param id stable numeric id, in article order
 * @param source the article making the claim
 * @param dimension the dimension the claim is about
 * @param favors which language the claim speaks for
 * @param kind whether it is a figure, an adoption or an argument
 * @param statement the claim, in this project's own words
 * @param quote a verbatim excerpt of the article carrying the claim
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "A statement an article makes, paraphrased, with a verbatim quote from the article.")
@RenderedOnce
public record Claim(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "42") long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Favors favors,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClaimKind kind,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The claim paraphrased by this project") String statement,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text (whitespace may differ)") String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
