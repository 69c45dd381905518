package dev.rustvsgo.claim;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which language a claim speaks for. */
@Schema(description = "Which language a claim speaks for: RUST, GO, or NEITHER (neutral, or both alike).")
public enum Favors {

	/** The claim speaks for Rust (or against Go). */
	RUST,

	/** The claim speaks for Go (or against Rust). */
	GO,

	/** The claim is neutral or says the same of both. */
	NEITHER

}
