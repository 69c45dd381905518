package dev.rustvsgo.usecase;

import java.util.List;

import dev.rustvsgo.reference.Language;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/use-cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Use cases", description = "What the articles recommend each language for.")
class UseCaseController {

	private final UseCaseQueries useCases;

	UseCaseController(UseCaseQueries useCases) {
		this.useCases = useCases;
	}

	@GetMapping
	@Operation(operationId = "listUseCases", summary = "List the use cases with the articles' recommendations",
			description = "Every kind of work the articles recommend a language for, in display order, with the number "
					+ "of articles recommending Rust, Go or both, and whether the articles disagree (one recommends Rust, "
					+ "another Go). Values come from the data extracted from the archived articles.")
	@ApiResponse(responseCode = "200", description = "The use cases")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	UseCaseList list(@Parameter(description = "Only use cases some article recommends one of these for (BOTH: both "
			+ "languages together)") @RequestParam(name = "language", required = false) List<Language> language) {
		return this.useCases.list(QueryParameters.orEmpty(language));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getUseCase", summary = "What the articles recommend for one use case",
			description = "The use case, its article counts and every recommendation the articles make for it, each "
					+ "naming its source, with a statement in this project's words and a verbatim quote.")
	@ApiResponse(responseCode = "200", description = "The use case and its recommendations")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = ProblemResponses.UNKNOWN_SLUG,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	UseCaseDetail get(@Parameter(description = "Use case slug, as listed by /api/use-cases",
			example = "cli-tools") @PathVariable String slug) {
		return this.useCases.get(slug);
	}

}
