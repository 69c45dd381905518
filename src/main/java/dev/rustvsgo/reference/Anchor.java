package dev.rustvsgo.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a quote sits in its article's archived text ({@code /api/sources/{slug}/text}),
 * as W3C Web Annotation selectors: a TextQuoteSelector ({@code exact}, {@code prefix},
 * {@code suffix}) and a TextPositionSelector ({@code start}, {@code end}).
 *
 * @param exact the archived text at the anchor: the quote as the article has it (where
 * the quote normalised whitespace, the original whitespace)
 * @param prefix up to 32 characters of the text before it
 * @param suffix up to 32 characters of the text after it
 * @param start offset of its first character, in Unicode code points from the start of
 * the text
 * @param end offset just past its last character, in code points
 */
@Schema(description = "W3C Web Annotation selectors of a quote in the archived text (/api/sources/{slug}/text): "
		+ "TextQuoteSelector exact/prefix/suffix (up to 32 characters each side) and TextPositionSelector start/end, "
		+ "counted in Unicode code points, so that the code points start to end of the text are exact. JavaScript "
		+ "strings count UTF-16 units: take Array.from(text).slice(start, end).join('').")
public record Anchor(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Choose your pain.") String exact,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String prefix,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String suffix,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "10592") int start,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "10609") int end) {
}
