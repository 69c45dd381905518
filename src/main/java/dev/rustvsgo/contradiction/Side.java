package dev.rustvsgo.contradiction;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One article's side of a contradiction.
 *
 * @param source the article
 * @param position what it holds
 * @param quote a verbatim excerpt of the article
 * @param anchor where the quote sits in the archived text, or {@code null}
 */
@Schema(description = "One article's side of a contradiction: its position and a verbatim quote.")
public record Side(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Position position,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
