package dev.rustvsgo.comparison;

import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An article that takes no side on a dimension, and whether it discusses it at all.
 *
 * @param source the article
 * @param discussed whether the article makes claims on the dimension (it discusses it
 * without taking a side) or none (it never discusses it)
 * @param claims how many claims the article makes on the dimension
 */
@Schema(description = "An article without a verdict on the dimension: discussed is true when it makes claims on it "
		+ "without taking a side, false when it never discusses it.")
public record SourceWithoutVerdict(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean discussed,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3") long claims) {
}
