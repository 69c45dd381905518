package dev.rustvsgo.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustvsgo.usecase.UseCaseDetail;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which language the articles' verdicts favour for a set of priorities.
 *
 * @param leading RUST, GO, or TIE when the overall score is within the margin
 * @param score the overall score, from -1 (Go) to +1 (Rust): rust minus go
 * @param scores each language's weighted share of the verdicts
 * @param dimensions each prioritised dimension with its score and verdicts
 * @param useCase with {@code useCase}, the articles' recommendations for it, as evidence
 * (not scored); left out otherwise
 * @param method the formula, in words
 */
@Schema(description = "The language the articles' verdicts favour for the given priorities, with the evidence and the formula.")
public record LanguageRecommendation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Leading leading,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.5") double score,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Scores scores,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DimensionScore> dimensions,
		@Schema(description = "With useCase, its recommendations as evidence (not scored); left out without") @JsonInclude(JsonInclude.Include.NON_NULL) UseCaseDetail useCase,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String method) {

	/** The language the score favours. */
	@Schema(description = "RUST or GO when the overall score is beyond the margin (0.05) on its side; TIE within it.")
	public enum Leading {

		RUST, GO, TIE

	}

}
