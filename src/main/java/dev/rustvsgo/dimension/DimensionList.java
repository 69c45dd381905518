package dev.rustvsgo.dimension;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every dimension, in display order.
 *
 * @param dimensions the dimensions with their consensus
 */
@Schema(description = "Every dimension in display order, each with its consensus.")
public record DimensionList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DimensionSummary> dimensions) {
}
