package dev.rustvsgo.claim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.web.QueryParameters;
import dev.rustvsgo.web.csv.CsvMessageConverter;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import dev.rustvsgo.web.paging.Paging;
import dev.rustvsgo.web.problem.InvalidParameterException;
import dev.rustvsgo.web.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/claims",
		produces = { MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV_VALUE })
@Tag(name = "Claims", description = "Statements the articles make, each with a verbatim quote.")
class ClaimController {

	static final int DEFAULT_PAGE_SIZE = 20;

	/** Longest free-text query accepted. */
	static final int MAX_QUERY_LENGTH = 200;

	/**
	 * The orders clients may ask for; each ends with the id so that pages never overlap.
	 */
	static final Map<String, Sort> SORTS = sorts();

	private final ClaimQueries claims;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	ClaimController(ClaimQueries claims, SourceCatalog sources, DimensionCatalog dimensions) {
		this.claims = claims;
		this.sources = sources;
		this.dimensions = dimensions;
	}

	@GetMapping
	@Operation(operationId = "listClaims", summary = "Search claims, one page at a time",
			description = "Claims matching every given filter, in article order (by id) unless sort says otherwise, one page at a time. Each claim has "
					+ "a statement in this project's words and a verbatim quote from its article. Multi-valued filters "
					+ "accept repeated parameters or comma-separated values. " + Paging.LIMITS)
	@ApiResponse(responseCode = "200",
			description = "One page of claims; with `Accept: text/csv`, the same page as RFC 4180 CSV (one row per item, every field flat)",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ClaimPage.class)),
					@Content(mediaType = CsvMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ClaimPage list(
			@Parameter(description = "Only these dimensions (slugs from /api/dimensions)") @RequestParam(
					name = "dimension", required = false) List<String> dimension,
			@Parameter(description = "Only these sources (slugs from /api/sources)") @RequestParam(name = "source",
					required = false) List<String> source,
			@Parameter(description = "Only claims favouring these sides") @RequestParam(name = "favors",
					required = false) List<Favors> favors,
			@Parameter(description = "Only these kinds of claim") @RequestParam(name = "kind",
					required = false) List<ClaimKind> kind,
			@Parameter(
					description = "Case-insensitive text that the statement or the quote must contain (at most "
							+ MAX_QUERY_LENGTH + " characters)",
					example = "goroutine") @RequestParam(name = "q", required = false) @Size(max = MAX_QUERY_LENGTH,
							message = "must be at most " + MAX_QUERY_LENGTH + " characters") String q,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Claims per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size,
			@Parameter(
					description = "Order of the claims: a field name for ascending, prefixed with '-' for descending. "
							+ "Ties are broken by id.",
					schema = @Schema(allowableValues = { "id", "-id", "favors", "-favors", "kind", "-kind" },
							defaultValue = "id")) @RequestParam(name = "sort", defaultValue = "id") String sort) {
		return find(dimension, source, favors, kind, q, page, size, sort);
	}

	// JSON only: CSV is a page of rows, and the class's text/csv would promise a CSV
	// claim
	// that no converter writes (a 500).
	@GetMapping(path = "/{id:[0-9]+}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getClaim", summary = "One claim",
			description = "The claim with this id, as listed by /api/claims (figures link here through their claim).")
	@ApiResponse(responseCode = "200", description = "The claim")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No claim has this id. The problem names it (`id`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Claim get(@Parameter(description = "Claim id, as listed by /api/claims", example = "107") @PathVariable long id) {
		return this.claims.get(id);
	}

	private static Map<String, Sort> sorts() {
		Map<String, Sort> sorts = new LinkedHashMap<>();
		sorts.put("id", Sort.by("id"));
		sorts.put("-id", Sort.by(Sort.Direction.DESC, "id"));
		for (String field : List.of("favors", "kind")) {
			sorts.put(field, Sort.by(field).and(Sort.by("id")));
			sorts.put("-" + field, Sort.by(Sort.Direction.DESC, field).and(Sort.by("id")));
		}
		return Collections.unmodifiableMap(sorts);
	}

	private ClaimPage find(List<String> dimension, List<String> source, List<Favors> favors, List<ClaimKind> kind,
			String q, int page, int size, String sort) {
		Sort order = SORTS.get(sort);
		if (order == null) {
			throw new InvalidParameterException("sort", sort, "unknown sort field", List.copyOf(SORTS.keySet()));
		}
		PageRequest pageRequest = PageRequest.of(page, size, order);
		ClaimFilter filter = new ClaimFilter(
				this.dimensions.index().idsOf("dimension", QueryParameters.orEmpty(dimension)),
				this.sources.index().idsOf("source", QueryParameters.orEmpty(source)), QueryParameters.orEmpty(favors),
				QueryParameters.orEmpty(kind), q);
		Page<Claim> result = this.claims.find(filter, pageRequest);
		return new ClaimPage(result.getContent(), PageInfo.of(result), PageLinks.of(result));
	}

}
