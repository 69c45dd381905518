package dev.rustvsgo.usecase;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many articles recommend each language for a use case (an article counts once per
 * language, however often it repeats the recommendation).
 *
 * @param rust articles recommending Rust
 * @param go articles recommending Go
 * @param both articles saying both are fine
 */
@Schema(description = "Number of articles recommending each language for the use case; an article counts once per language.")
public record ArticleCounts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int rust,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int go,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int both) {
}
