package dev.rustvsgo.contradiction;

import io.swagger.v3.oas.annotations.media.Schema;

/** What disagrees. */
@Schema(description = "VERDICT: articles give different winners on a dimension (derived from the verdicts); FIGURE: "
		+ "articles give different values for the same metric and subject (derived from the figures); CLAIM: "
		+ "statements that contradict each other without a shared metric (curated, each with its reason).")
public enum ContradictionKind {

	/** Different winners on a dimension. */
	VERDICT,

	/** Different values for the same metric. */
	FIGURE,

	/** Statements that contradict each other. */
	CLAIM

}
