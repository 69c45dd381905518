package dev.rustvsgo.search;

import java.util.List;

import dev.rustvsgo.reference.Language;
import dev.rustvsgo.web.QueryParameters;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Everything the articles say about a subject, ranked, with the matches marked.")
class SearchController {

	static final int DEFAULT_PAGE_SIZE = 20;

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping
	@Operation(operationId = "search", summary = "Search everything the articles say, best first",
			description = "One ranked list over every item that carries a quote: verdicts, the conditions of DEPENDS "
					+ "verdicts, use-case recommendations, claims, figures, adoption statements and the sides of the "
					+ "curated contradictions. The query is " + QuerySyntax.ALLOWED + ". Words are analysed as "
					+ "English: case and possessives are ignored, common words (the, of, no, ...) are dropped and "
					+ "words are stemmed, so 'compiling' finds 'compile'. A small list of the field's abbreviations "
					+ "also finds their spelled-out forms and back (GC and garbage collection or collector, WASM and "
					+ "WebAssembly, k8s and Kubernetes, async and asynchronous, HFT and high-frequency trading, CLI and "
					+ "command-line, ...; the list is src/main/resources/search/synonyms.txt). Any word may match "
					+ "(OR); items matching more of the words, rarer words, or in a short text rank higher (Lucene's "
					+ "BM25 over the statement and the quote, and with half the weight the item's topic: its "
					+ "dimension's, use case's or organisation's name, a figure's metric). Each hit has its type, "
					+ "link, article, quote and anchor, score and the matched spans of its statement and quote in code "
					+ "points (`highlights`); `facets` count the hits of the whole result by type, source and "
					+ "dimension. The index is built at start-up from the same data as every other endpoint. A 400 "
					+ "problem names `q` when it is missing, blank, longer than " + QuerySyntax.MAX_LENGTH
					+ " characters, has an unbalanced double quote, an empty phrase or no word. " + Paging.LIMITS)
	@ApiResponse(responseCode = "200",
			description = "One page of hits, best first, with the facets of the whole result")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER
			+ " For `q`: missing, blank, too long, an unbalanced double quote, an empty phrase or no word; the detail "
			+ "says what a query may be.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SearchResult search(
			@Parameter(description = "What to search for: " + QuerySyntax.ALLOWED, example = "GC pauses") @RequestParam(
					name = "q", required = false) @NotBlank(message = QuerySyntax.REQUIRED) @Size(
							max = QuerySyntax.MAX_LENGTH, message = QuerySyntax.TOO_LONG) String q,
			@Parameter(description = "Only hits of these types") @RequestParam(name = "type",
					required = false) List<SearchType> type,
			@Parameter(description = "Only hits from these sources (slugs from /api/sources)") @RequestParam(
					name = "source", required = false) List<String> source,
			@Parameter(description = "Only hits on these dimensions (slugs from /api/dimensions); hits without a "
					+ "dimension are left out") @RequestParam(name = "dimension",
							required = false) List<String> dimension,
			@Parameter(description = "Only hits for these languages (see `language` in the hits; BOTH matches only "
					+ "items about both)") @RequestParam(name = "language", required = false) List<Language> language,
			@Parameter(description = "Page number, from 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
			@Parameter(description = "Hits per page") @RequestParam(name = "size",
					defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(value = 1, message = Paging.SIZE_MESSAGE) @Max(
							value = Paging.MAX_PAGE_SIZE, message = Paging.SIZE_MESSAGE) int size) {
		return this.index.search(q, QueryParameters.orEmpty(type), QueryParameters.orEmpty(source),
				QueryParameters.orEmpty(dimension), QueryParameters.orEmpty(language), PageRequest.of(page, size));
	}

}
