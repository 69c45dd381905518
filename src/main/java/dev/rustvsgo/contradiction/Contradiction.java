package dev.rustvsgo.contradiction;

import java.util.List;

import dev.rustvsgo.reference.DimensionRef;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.rustvsgo.web.json.RenderedOnce;

/**
 * Where the articles disagree.
 *
 * @param kind what disagrees
 * @param dimension the dimension it is about, or {@code null} for a figure no claim
 * places on a dimension
 * @param summary the disagreement in one line, in this project's words
 * @param reason for a CLAIM contradiction, why the statements contradict each other;
 * {@code null} otherwise
 * @param sides two or more sides, from at least two articles
 */
@Schema(description = "A disagreement between articles: its kind, dimension, a one-line summary and two or more sides "
		+ "from at least two articles, each with its position and quote.")
@RenderedOnce
public record Contradiction(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ContradictionKind kind, @Schema(
		description = "The dimension; null for a figure that no claim places on a dimension") DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary, @Schema(nullable = true) String reason,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Side> sides) {
}
