package dev.rustvsgo.recommendation;

import java.util.List;

import dev.rustvsgo.reference.DimensionRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How one prioritised dimension counts.
 *
 * @param dimension the dimension
 * @param weight the priority given, 0 to 10
 * @param score the weighted mean of its verdicts, from -1 (all Go) to +1 (all Rust); 0
 * without verdicts
 * @param contribution weight times score over the sum of the weights: the dimension's
 * part of the overall score
 * @param verdicts the verdicts behind the score
 */
@Schema(description = "One prioritised dimension: its weight, its score (-1 all Go to +1 all Rust), its contribution "
		+ "to the overall score and the verdicts behind it.")
public record DimensionScore(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3") int weight,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.6") double score,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.45") double contribution,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Evidence> verdicts) {
}
