package dev.rustvsgo.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One item that matches a search, with where its words matched.
 *
 * @param type what kind of item it is
 * @param id the item's id where it has one (claims, verdicts and conditions: the
 * verdict's, figures), else {@code null}
 * @param link the API path that serves the item
 * @param source the article
 * @param dimension the dimension, or {@code null} for items without one (left out of the
 * JSON)
 * @param about what the item is about
 * @param language the language the item speaks for or is about, or {@code null} (left out
 * of the JSON)
 * @param statement the item in this project's words
 * @param quote the verbatim excerpt of the article
 * @param anchor where the quote sits in the archived text, or {@code null}
 * @param score the relevance score (higher is better)
 * @param highlights where the query matched the statement and the quote
 */
@Schema(description = "One item matching the query: its type, id (where it has one) and link (the API path serving "
		+ "it), article, dimension, topic and language, the statement in this project's words, the verbatim quote with "
		+ "its anchor, the relevance score and the matched spans of the statement and the quote.")
public record SearchHit(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SearchType type,
		@Schema(nullable = true,
				description = "The claim, verdict or figure id; a condition has its verdict's id; "
						+ "null for recommendations, adoption statements and contradictions",
				example = "336") Long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri-reference",
				description = "The API path serving the item: /api/claims/{id}, /api/verdicts?dimension=…&source=… "
						+ "(verdicts and conditions), /api/use-cases/{slug}, /api/figures?metric=…&source=…, "
						+ "/api/adopters/{slug} or /api/contradictions?kind=CLAIM&dimension=…",
				example = "/api/use-cases/webassembly") String link,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(description = "The dimension; left out for recommendations, adoption statements and figures that no "
				+ "claim places on a dimension") @JsonInclude(JsonInclude.Include.NON_NULL) DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SearchTopic about,
		@Schema(description = "The language the item speaks for or is about: a claim's or condition's side, a verdict's "
				+ "winner, a recommendation's language, a figure's subject, an adoption statement's language. Left "
				+ "out for claims favouring neither, TIE and DEPENDS verdicts, and contradictions") @JsonInclude(JsonInclude.Include.NON_NULL) Language language,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The item in this project's words: a claim's statement, a verdict's rationale, a "
						+ "condition, a recommendation's, figure's or adoption's statement, a contradiction's summary") String statement,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text") String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Relevance (Lucene's BM25, summed over the matching words and fields, rounded to 3 "
						+ "decimals); only the order within one answer is meaningful",
				example = "7.412") double score,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Highlights highlights) {

	/**
	 * Where the query matched.
	 *
	 * @param statement matched spans of the statement, in order, not overlapping
	 * @param quote matched spans of the quote, in order, not overlapping
	 */
	@Schema(description = "The spans of the statement and of the quote that matched the query's words or phrases, in "
			+ "order and not overlapping, in code points; empty when the item matched on its topic alone.")
	public record Highlights(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TextRange> statement,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TextRange> quote) {
	}

}
