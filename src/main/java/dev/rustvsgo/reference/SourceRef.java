package dev.rustvsgo.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Names the article a claim or verdict comes from.
 *
 * @param slug the source slug, as used by {@code /api/sources/{slug}}
 * @param title the article title, or {@code null} when the article has none
 */
@Schema(description = "The article a claim or verdict comes from.")
public record SourceRef(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "two-roads-one-destination") String slug,
		@Schema(nullable = true, example = "Rust vs. Go: Two Roads, One Destination") String title) {
}
