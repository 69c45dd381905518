package dev.rustvsgo.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The kinds of item search finds: everything in the data that carries a quote, in the
 * order the page lists their groups when ranks tie.
 */
@Schema(description = "The kind of item a search hit is: VERDICT (an article's verdict on a dimension, its rationale "
		+ "and quote), CONDITION (what a DEPENDS verdict depends on), RECOMMENDATION (an article recommending a "
		+ "language for a use case), CLAIM, FIGURE (a number an article gives), ADOPTION (what an article says an "
		+ "organisation does with a language) or CONTRADICTION (one side of a curated contradiction between claims).")
public enum SearchType {

	/** An article's verdict on a dimension. */
	VERDICT,

	/** One condition of a {@code DEPENDS} verdict. */
	CONDITION,

	/** An article's recommendation of a language for a use case. */
	RECOMMENDATION,

	/** A claim. */
	CLAIM,

	/** A figure. */
	FIGURE,

	/** An adoption statement about an organisation. */
	ADOPTION,

	/** One side of a curated contradiction between claims. */
	CONTRADICTION

}
