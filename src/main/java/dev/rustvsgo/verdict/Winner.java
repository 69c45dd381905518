package dev.rustvsgo.verdict;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who an article says wins on a dimension. */
@Schema(description = "Who the article says wins: RUST, GO, TIE (equally good) or DEPENDS (the article says it depends on the project).")
public enum Winner {

	/** The article says Rust is better on this dimension. */
	RUST,

	/** The article says Go is better on this dimension. */
	GO,

	/** The article says both are equally good. */
	TIE,

	/** The article says the answer depends on the project or the reader's needs. */
	DEPENDS

}
