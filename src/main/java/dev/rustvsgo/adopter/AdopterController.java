package dev.rustvsgo.adopter;

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
@RequestMapping(path = "/api/adopters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Adopters",
		description = "The organisations the articles name as using, creating, funding or hiring for each language.")
class AdopterController {

	private final AdopterQueries adopters;

	AdopterController(AdopterQueries adopters) {
		this.adopters = adopters;
	}

	@GetMapping
	@Operation(operationId = "listAdopters", summary = "List the organisations the articles name",
			description = "Every company, foundation or project an article says uses, builds with, funds, created, "
					+ "hires for or migrated to or from a language, ordered by slug, with the languages it is named under "
					+ "and the number of statements per language. One organisation named under both languages is one entry.")
	@ApiResponse(responseCode = "200", description = "The organisations")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AdopterList list(@Parameter(description = "Only organisations named under these languages (BOTH: named under "
			+ "both Rust and Go)") @RequestParam(name = "language", required = false) List<Language> language) {
		return this.adopters.list(QueryParameters.orEmpty(language));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getAdopter", summary = "What the articles say about one organisation",
			description = "The organisation and every statement the articles make about it: language, relation, what "
					+ "for, a statement in this project's words and a verbatim quote, each naming its source.")
	@ApiResponse(responseCode = "200", description = "The organisation and its statements")
	@ApiResponse(responseCode = "400", description = ProblemResponses.BAD_PARAMETER,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = ProblemResponses.UNKNOWN_SLUG,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AdopterDetail get(@Parameter(description = "Organisation slug, as listed by /api/adopters",
			example = "dropbox") @PathVariable String slug) {
		return this.adopters.get(slug);
	}

}
