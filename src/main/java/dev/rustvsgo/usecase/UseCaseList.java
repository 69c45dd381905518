package dev.rustvsgo.usecase;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The use cases, in display order.
 *
 * @param useCases each use case with its article counts
 */
@Schema(description = "The use cases the articles name, in display order, each with the number of articles recommending each language.")
public record UseCaseList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UseCaseSummary> useCases) {
}
