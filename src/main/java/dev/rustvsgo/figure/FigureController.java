package dev.rustvsgo.figure;

import java.util.List;

import dev.rustvsgo.reference.Language;
import dev.rustvsgo.web.QueryParameters;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import dev.rustvsgo.web.paging.Paging;
import dev.rustvsgo.web.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/figures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Figures", description = "Every number the articles give, as a typed quantity.")
class FigureController {

	static final int DEFAULT_PAGE_SIZE = 50;

	private final FigureQueries figures;

	FigureController(FigureQueries figures) {
		this.figures = figures;
	}

	@GetMapping
	@Operation(operationId = "listFigures", summary = "List the figures the articles give, one page at a time",
			description = "Counts, percentages, durations, sizes, ratios, salary premiums, survey shares, years and "
					+ "versions, each as the article states it: value, or lower/upper for a range or open bound, its "
					+ "unit, whether it is approximate, a statement in this project's words, a verbatim quote and the "
					+ "claim quoting it. Figures of the same metric and subject from different articles can be compared. "
					+ Paging.LIMITS)
	@ApiResponse(responseCode = "200", description = "One page of figures")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	FigureList list(
			@Parameter(
					description = "Only these metrics (e.g. crates-io-packages, time-to-productive, salary-premium); "
							+ "an unknown one is a 400 problem listing them all") @RequestParam(name = "metric",
									required = false) List<String> metric,
			@Parameter(description = "Only these sources (slugs from /api/sources)") @RequestParam(name = "source",
					required = false) List<String> source,
			@Parameter(description = "Only figures about these languages (BOTH: about both together)") @RequestParam(
					name = "subject", required = false) List<Language> subject,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Figures per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size) {
		Page<Figure> result = this.figures.find(QueryParameters.orEmpty(metric), QueryParameters.orEmpty(source),
				QueryParameters.orEmpty(subject), PageRequest.of(page, size));
		return new FigureList(result.getContent(), PageInfo.of(result), PageLinks.of(result));
	}

}
