package dev.rustvsgo.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A matched span of a hit's text, counted in Unicode code points like the anchors.
 *
 * @param start offset of its first character, in code points from the start of the text
 * @param end offset just past its last character, in code points
 */
@Schema(description = "A span of the text that matched the query: start (inclusive) and end (exclusive) offsets in "
		+ "Unicode code points from the start of the text, like the anchors. In JavaScript: "
		+ "Array.from(text).slice(start, end).join('').")
public record TextRange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "24") int start,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "35") int end) {
}
