package dev.rustvsgo.recommendation;

import java.util.List;

import dev.rustvsgo.web.QueryParameters;
import dev.rustvsgo.web.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/recommendation", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendation", description = "Which language the articles favour for a set of priorities.")
class RecommendationController {

	private final RecommendationService recommendations;

	RecommendationController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping
	@Operation(operationId = "recommend", summary = "Which should I use? Rust or Go for a set of priorities",
			description = "Scores the articles' verdicts on the dimensions given, weighted by their priorities. "
					+ RecommendationService.METHOD
					+ " A 400 problem names `priorities` or `useCase` for an unknown dimension (listing the valid "
					+ "slugs), a weight that is not a whole number from 0 to 10, an item without ':', a dimension "
					+ "given twice, all weights 0, or an unknown use case.")
	@ApiResponse(responseCode = "200", description = "The recommendation with its evidence")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	LanguageRecommendation recommend(
			@Parameter(
					description = "`<dimension slug>:<weight>` items, weight a whole number 0 to 10; comma-separated "
							+ "or repeated") @RequestParam(name = "priorities",
									required = false) List<String> priorities,
			@Parameter(
					description = "A use case (slug from /api/use-cases) whose recommendations are added as evidence",
					example = "cli-tools") @RequestParam(name = "useCase", required = false) String useCase) {
		return this.recommendations.recommend(QueryParameters.orEmpty(priorities), useCase);
	}

}
