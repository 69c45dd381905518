package dev.rustvsgo.matrix;

import java.util.List;

import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.web.QueryParameters;
import dev.rustvsgo.web.csv.CsvMessageConverter;
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
@RequestMapping(path = "/api/matrix",
		produces = { MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV_VALUE })
@Tag(name = "Matrix", description = "Who wins where: every dimension against every article, in one grid.")
class MatrixController {

	private final MatrixService matrix;

	MatrixController(MatrixService matrix) {
		this.matrix = matrix;
	}

	@GetMapping
	@Operation(operationId = "getMatrix", summary = "The grid of verdicts: dimensions by articles",
			description = "Dimensions as rows in display order, articles as columns by slug; each cell holds the "
					+ "article's verdict on the dimension (winner, basis, verdict id) or says why it is empty: NO_SIDE "
					+ "(the article discusses the dimension without taking a side) or NOT_DISCUSSED. With "
					+ "`Accept: text/csv` the same grid is RFC 4180 CSV: a header row of `dimension` and the source "
					+ "slugs, one row per dimension, each cell the winner or empty.")
	@ApiResponse(responseCode = "200", description = "The grid",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Matrix.class)),
					@Content(mediaType = CsvMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Matrix get(
			@Parameter(description = "Only these dimensions (slugs from /api/dimensions)") @RequestParam(
					name = "dimension", required = false) List<String> dimension,
			@Parameter(description = "Only these sources (slugs from /api/sources)") @RequestParam(name = "source",
					required = false) List<String> source,
			@Parameter(description = "Only verdicts with these bases; the other cells are empty") @RequestParam(
					name = "basis", required = false) List<Basis> basis) {
		return this.matrix.matrix(QueryParameters.orEmpty(dimension), QueryParameters.orEmpty(source),
				QueryParameters.orEmpty(basis));
	}

}
