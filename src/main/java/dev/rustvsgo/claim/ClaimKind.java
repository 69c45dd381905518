package dev.rustvsgo.claim;

import io.swagger.v3.oas.annotations.media.Schema;

/** What sort of statement a claim is. */
@Schema(description = "FIGURE: a number the article gives; ADOPTION: a named company or project said to use a language; ARGUMENT: a qualitative argument.")
public enum ClaimKind {

	/**
	 * A number the article gives: a percentage, time, size, count, ratio, salary range or
	 * year.
	 */
	FIGURE,

	/** A named company or project the article says uses (or is written in) a language. */
	ADOPTION,

	/** A qualitative argument. */
	ARGUMENT

}
