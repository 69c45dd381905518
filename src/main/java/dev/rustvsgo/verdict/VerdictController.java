package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.web.QueryParameters;
import dev.rustvsgo.web.csv.CsvMessageConverter;
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
@RequestMapping(path = "/api/verdicts",
		produces = { MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV_VALUE })
@Tag(name = "Verdicts", description = "Who each article says wins on each dimension.")
class VerdictController {

	/** Large enough for every verdict of the real data on one page. */
	static final int DEFAULT_PAGE_SIZE = 50;

	private final VerdictQueries verdicts;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	VerdictController(VerdictQueries verdicts, SourceCatalog sources, DimensionCatalog dimensions) {
		this.verdicts = verdicts;
		this.sources = sources;
		this.dimensions = dimensions;
	}

	@GetMapping
	@Operation(operationId = "listVerdicts", summary = "List verdicts, one page at a time",
			description = "The verdicts matching the filters, in dimension display order and then by source slug, one page "
					+ "at a time. Each has a rationale in this project's words and a verbatim quote from the article. "
					+ "Multi-valued filters accept repeated parameters or comma-separated values; different filters "
					+ "combine with AND. The default page holds " + DEFAULT_PAGE_SIZE
					+ " verdicts; `links.next` leads to the rest. " + Paging.LIMITS)
	@ApiResponse(responseCode = "200",
			description = "One page of verdicts; with `Accept: text/csv`, the same page as RFC 4180 CSV (one row per item, every field flat)",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = VerdictList.class)),
					@Content(mediaType = CsvMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	VerdictList list(
			@Parameter(description = "Only these dimensions (slugs from /api/dimensions)") @RequestParam(
					name = "dimension", required = false) List<String> dimension,
			@Parameter(description = "Only these sources (slugs from /api/sources)") @RequestParam(name = "source",
					required = false) List<String> source,
			@Parameter(description = "Only these winners") @RequestParam(name = "winner",
					required = false) List<Winner> winner,
			@Parameter(description = "Only verdicts with these bases: STATED (the article words the comparison) or "
					+ "IMPLIED (clear only from one-sided praise or criticism)") @RequestParam(name = "basis",
							required = false) List<Basis> basis,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Verdicts per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size) {
		List<Long> dimensionIds = this.dimensions.index().idsOf("dimension", QueryParameters.orEmpty(dimension));
		List<Long> sourceIds = this.sources.index().idsOf("source", QueryParameters.orEmpty(source));
		Page<Verdict> result = this.verdicts.find(dimensionIds, sourceIds, QueryParameters.orEmpty(winner),
				QueryParameters.orEmpty(basis), PageRequest.of(page, size));
		return new VerdictList(result.getContent(), PageInfo.of(result), PageLinks.of(result));
	}

}
