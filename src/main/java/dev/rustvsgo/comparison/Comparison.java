package dev.rustvsgo.comparison;

import java.util.List;

import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.contradiction.Contradiction;
import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.verdict.Verdict;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the articles say about one dimension. Every part reflects the request's filters.
 *
 * @param dimension the dimension compared
 * @param consensus tally of the verdicts listed
 * @param verdicts each article's verdict, ordered by source slug
 * @param sourcesWithoutVerdict the articles (within the source filter) that take no side
 * on this dimension, each saying whether it discusses the dimension at all
 * @param claims the claims, grouped by the side they favour, each in article order
 * @param contradictions where the articles disagree on this dimension, as in
 * {@code /api/contradictions?dimension=}
 */
@Schema(description = "The comparison of Rust and Go on one dimension across the articles.")
public record Comparison(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Dimension dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Consensus consensus,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Verdict> verdicts,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SourceWithoutVerdict> sourcesWithoutVerdict,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClaimsBySide claims,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Where the articles (within the source filter) disagree on this dimension") List<Contradiction> contradictions) {

	/**
	 * Claims grouped by the side they favour.
	 *
	 * @param rust claims favouring Rust
	 * @param go claims favouring Go
	 * @param neither neutral claims
	 */
	@Schema(description = "Claims grouped by the side they favour.")
	public record ClaimsBySide(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Claim> rust,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Claim> go,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Claim> neither) {
	}

}
