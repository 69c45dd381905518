package dev.rustvsgo.verdict;

import io.swagger.v3.oas.annotations.media.Schema;

/** How an article gives its verdict. */
@Schema(description = "STATED: the article words the comparison (\"Verdict: ...\", \"Rust Wins\", \"Go is Easier\"); "
		+ "IMPLIED: its side is clear only from one-sided praise or criticism.")
public enum Basis {

	/** The article words the comparison. */
	STATED,

	/** The article's side is clear only from one-sided praise or criticism. */
	IMPLIED

}
