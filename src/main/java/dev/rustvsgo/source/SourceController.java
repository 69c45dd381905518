package dev.rustvsgo.source;

import java.util.List;

import dev.rustvsgo.reference.ArchivedTexts;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.web.problem.ProblemResponses;
import dev.rustvsgo.web.problem.ResourceNotFoundException;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The archived articles the data is extracted from.")
class SourceController {

	static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";

	private final SourceCatalog sources;

	private final VerdictQueries verdicts;

	private final ArchivedTexts texts;

	SourceController(SourceCatalog sources, VerdictQueries verdicts, ArchivedTexts texts) {
		this.sources = sources;
		this.verdicts = verdicts;
		this.texts = texts;
	}

	@GetMapping
	@Operation(operationId = "listSources", summary = "List the articles",
			description = "Every archived article with the metadata it states itself. A null title, author, publisher or "
					+ "date means the article does not give it; metadataNote says what is missing.")
	@ApiResponse(responseCode = "200", description = "The articles")
	SourceList list() {
		return new SourceList(this.sources.index().all());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getSource", summary = "One article with its verdicts",
			description = "The article's metadata and its verdict on every dimension it takes a side on, in dimension "
					+ "display order. Its claims are at /api/claims?source={slug}.")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = ProblemResponses.UNKNOWN_SLUG,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SourceDetail get(@Parameter(description = "Source slug, as listed by /api/sources",
			example = "two-roads-one-destination") @PathVariable String slug) {
		Source source = this.sources.index().get(slug);
		long id = this.sources.index().idOf(slug);
		return new SourceDetail(source, this.verdicts.find(List.of(), List.of(id), List.of(), List.of()));
	}

	@GetMapping(path = "/{slug}/text", produces = TEXT_PLAIN_UTF8)
	@Operation(operationId = "getSourceText", summary = "The archived text of one article",
			description = "The article exactly as archived in docs/sources/, the text every quote is copied from, as "
					+ "UTF-8 plain text. Like every response it has a strong ETag, and a Repr-Digest header (RFC 9530, "
					+ "sha-256 of the bytes served) so that a client can check it has the very text the quotes and "
					+ "their anchors refer to.")
	@ApiResponse(responseCode = "200", description = "The archived text",
			content = @Content(mediaType = TEXT_PLAIN_UTF8, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = ProblemResponses.UNKNOWN_SLUG,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	byte[] text(@Parameter(description = "Source slug, as listed by /api/sources",
			example = "two-roads-one-destination") @PathVariable String slug) {
		this.sources.index().get(slug);
		return this.texts.bytes(slug)
			.orElseThrow(() -> ResourceNotFoundException.forSlug("archived text", slug, "/api/sources"));
	}

}
