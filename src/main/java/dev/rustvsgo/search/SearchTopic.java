package dev.rustvsgo.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a hit is about, as the API names it elsewhere.
 *
 * @param slug the dimension, use case or organisation slug, or the figure's metric
 * @param name its display name (a metric's name is the metric)
 */
@Schema(description = "What a hit is about: its dimension (verdicts, conditions, claims, contradictions), use case "
		+ "(recommendations), organisation (adoption statements) or metric (figures).")
public record SearchTopic(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "webassembly") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "WebAssembly") String name) {
}
