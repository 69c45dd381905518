package dev.rustvsgo.comparison;

import java.util.List;

import dev.rustvsgo.claim.Favors;
import dev.rustvsgo.verdict.Basis;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/dimensions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dimensions", description = "The axes the articles compare Rust and Go on, and the comparison on each.")
class DimensionController {

	/** Large enough for every dimension of the real data on one page. */
	static final int DEFAULT_PAGE_SIZE = 50;

	private final ComparisonService comparisons;

	DimensionController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping
	@Operation(operationId = "listDimensions", summary = "List the dimensions with their consensus, one page at a time",
			description = "The dimensions in display order, one page at a time, each with the tally of the articles' "
					+ "verdicts on it (count per winner, the leading side or SPLIT, whether the sources disagree) and its "
					+ "number of claims. Values come from the data extracted from the archived articles. The default "
					+ "page holds " + DEFAULT_PAGE_SIZE + " dimensions; `links.next` leads to any beyond. "
					+ Paging.LIMITS)
	@ApiResponse(responseCode = "200", description = "One page of dimensions")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	DimensionList list(
			@Parameter(
					description = "Count only verdicts with these bases (STATED, IMPLIED); default both") @RequestParam(
							name = "basis", required = false) List<Basis> basis,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Dimensions per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size) {
		Page<DimensionSummary> result = this.comparisons.list(PageRequest.of(page, size),
				QueryParameters.orEmpty(basis));
		return new DimensionList(result.getContent(), PageInfo.of(result), PageLinks.of(result));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "compareDimension", summary = "Compare Rust and Go on one dimension",
			description = "The dimension, the consensus of the verdicts shown, each article's verdict with its rationale and a "
					+ "verbatim quote, the articles that take no side, and the claims grouped by the side they favour, each "
					+ "naming its source. Filters narrow verdicts, consensus and claims alike.")
	@ApiResponse(responseCode = "200", description = "The comparison")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = ProblemResponses.UNKNOWN_SLUG,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Comparison compare(
			@Parameter(description = "Dimension slug, as listed by /api/dimensions",
					example = "concurrency") @PathVariable String slug,
			@Parameter(description = "Only these sources (slugs from /api/sources); repeat the parameter or separate "
					+ "with commas. Default: all sources.") @RequestParam(name = "source",
							required = false) List<String> source,
			@Parameter(
					description = "Only claims favouring these sides; repeat or separate with commas. Default: all.") @RequestParam(
							name = "favors", required = false) List<Favors> favors,
			@Parameter(description = "Only verdicts with these bases (STATED, IMPLIED); default both") @RequestParam(
					name = "basis", required = false) List<Basis> basis) {
		return this.comparisons.compare(slug, QueryParameters.orEmpty(source), QueryParameters.orEmpty(favors),
				QueryParameters.orEmpty(basis));
	}

}
