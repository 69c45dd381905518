package dev.rustvsgo.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The weighted shares of the verdicts for each language, from 0 to 1.
 *
 * @param rust the weighted mean over the dimensions of the share of verdict weight for
 * Rust
 * @param go the same for Go
 */
@Schema(description = "Weighted mean, over the prioritised dimensions, of each language's share of the verdict weight (0 to 1).")
public record Scores(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.6") double rust,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.1") double go) {
}
