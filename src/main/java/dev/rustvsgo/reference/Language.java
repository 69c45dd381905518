package dev.rustvsgo.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/** A language an article names, or both of them. */
@Schema(description = "RUST, GO, or BOTH (the article names both languages together).")
public enum Language {

	/** Rust. */
	RUST,

	/** Go. */
	GO,

	/** Both languages together. */
	BOTH

}
