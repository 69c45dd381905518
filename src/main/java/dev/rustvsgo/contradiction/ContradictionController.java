package dev.rustvsgo.contradiction;

import java.util.List;

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

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/contradictions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contradictions", description = "Where the articles disagree, with each side's quote.")
class ContradictionController {

	static final int DEFAULT_PAGE_SIZE = 50;

	private final ContradictionService contradictions;

	ContradictionController(ContradictionService contradictions) {
		this.contradictions = contradictions;
	}

	@GetMapping
	@Operation(operationId = "listContradictions", summary = "Where the articles disagree, one page at a time",
			description = "VERDICT contradictions (articles give different winners on a dimension, DEPENDS included) "
					+ "and FIGURE contradictions (different values for the same metric and subject) are derived from "
					+ "the data; CLAIM contradictions (statements that contradict each other without a shared metric) "
					+ "are curated, each with its reason. Every one has two or more sides from at least two articles, "
					+ "each with its position and verbatim quote. " + Paging.LIMITS)
	@ApiResponse(responseCode = "200", description = "One page of contradictions")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ContradictionList list(
			@Parameter(description = "Only about these dimensions (slugs from /api/dimensions)") @RequestParam(
					name = "dimension", required = false) List<String> dimension,
			@Parameter(description = "Only with a side from these sources (slugs from /api/sources)") @RequestParam(
					name = "source", required = false) List<String> source,
			@Parameter(description = "Only these kinds") @RequestParam(name = "kind",
					required = false) List<ContradictionKind> kind,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Contradictions per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size) {
		List<String> sources = QueryParameters.orEmpty(source);
		List<Contradiction> all = this.contradictions.find(QueryParameters.orEmpty(dimension), sources,
				QueryParameters.orEmpty(kind));
		PageRequest request = PageRequest.of(page, size);
		PageImpl<Contradiction> result = new PageImpl<>(Paging.slice(all, request), request, all.size());
		return new ContradictionList(result.getContent(), PageInfo.of(result), PageLinks.of(result));
	}

}
