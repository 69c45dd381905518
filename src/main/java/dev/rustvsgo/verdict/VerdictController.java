package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.dimension.DimensionCatalog;
import dev.rustvsgo.source.SourceCatalog;
import dev.rustvsgo.web.JsonResponseCache;
import dev.rustvsgo.web.ProblemResponses;
import dev.rustvsgo.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/verdicts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verdicts", description = "Who each article says wins on each dimension.")
class VerdictController {

	private final VerdictQueries verdicts;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	private final JsonResponseCache responses;

	VerdictController(VerdictQueries verdicts, SourceCatalog sources, DimensionCatalog dimensions,
			JsonResponseCache responses) {
		this.verdicts = verdicts;
		this.sources = sources;
		this.dimensions = dimensions;
		this.responses = responses;
	}

	@GetMapping
	@Operation(operationId = "listVerdicts", summary = "List verdicts",
			description = "Every verdict matching the filters, in dimension display order and then by source slug. Each has "
					+ "a rationale in this project's words and a verbatim quote from the article. Multi-valued filters "
					+ "accept repeated parameters or comma-separated values; different filters combine with AND.")
	@ApiResponse(responseCode = "200", description = "The verdicts",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = VerdictList.class)))
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<byte[]> list(HttpServletRequest request,
			@Parameter(description = "Only these dimensions (slugs from /api/dimensions)") @RequestParam(
					name = "dimension", required = false) List<String> dimension,
			@Parameter(description = "Only these sources (slugs from /api/sources)") @RequestParam(name = "source",
					required = false) List<String> source,
			@Parameter(description = "Only these winners") @RequestParam(name = "winner",
					required = false) List<Winner> winner) {
		return this.responses.respond(request, () -> {
			List<Long> dimensionIds = this.dimensions.index().idsOf("dimension", QueryParameters.orEmpty(dimension));
			List<Long> sourceIds = this.sources.index().idsOf("source", QueryParameters.orEmpty(source));
			return new VerdictList(this.verdicts.find(dimensionIds, sourceIds, QueryParameters.orEmpty(winner)));
		});
	}

}
