package dev.rustvsgo.usecase;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the articles recommend for one use case.
 *
 * @param useCase the use case
 * @param articles how many articles recommend each language
 * @param sourcesDisagree whether some article recommends Rust and another Go
 * @param recommendations every recommendation, in article order
 */
@Schema(description = "One use case with every recommendation the articles make for it, each naming its source, with a quote.")
public record UseCaseDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UseCase useCase,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ArticleCounts articles,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean sourcesDisagree,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Recommendation> recommendations) {
}
