package dev.rustvsgo.usecase;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A use case with what the articles recommend for it.
 *
 * @param useCase the use case
 * @param articles how many articles recommend each language
 * @param sourcesDisagree whether some article recommends Rust and another Go
 */
@Schema(description = "A use case with the number of articles recommending each language, and whether they disagree.")
public record UseCaseSummary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UseCase useCase,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ArticleCounts articles,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "True when at least one article recommends Rust and at least one recommends Go") boolean sourcesDisagree) {
}
