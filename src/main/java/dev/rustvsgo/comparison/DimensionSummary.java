package dev.rustvsgo.comparison;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A dimension with the tally of every article's verdict on it.
 *
 * @param slug stable identifier used in URLs and filters
 * @param name display name
 * @param description one line saying what the dimension covers
 * @param consensus tally of all verdicts on the dimension
 * @param claimCount number of claims about the dimension, from all sources
 */
@Schema(description = "A dimension with the consensus of all verdicts on it.")
public record DimensionSummary(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "concurrency") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Concurrency") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Consensus consensus,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12") long claimCount) {
}
