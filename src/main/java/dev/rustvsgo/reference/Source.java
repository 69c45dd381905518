package dev.rustvsgo.reference;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One archived article. Metadata is only what the article itself states; a {@code null}
 * field means the article does not give it, and {@code metadataNote} says what is
 * missing.
 *
 * @param slug stable identifier used in URLs and filters
 * @param title the article's title, or {@code null} when the archived text has none
 * @param author the named author, or {@code null} when the article names none
 * @param publisher the publisher, or {@code null} when the article names none
 * @param publishedOn publication date, or {@code null} when the article gives none
 * @param archiveFile repository path of the unchanged archived article text
 * @param metadataNote what the article gives and leaves out of its own metadata
 */
@Schema(description = "An archived article. Null metadata means the article does not state it (never guessed).")
public record Source(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "two-roads-one-destination") String slug,
		@Schema(nullable = true, example = "Rust vs. Go: Two Roads, One Destination") String title,
		@Schema(nullable = true, example = "Ashish Galiyan") String author, @Schema(nullable = true) String publisher,
		@Schema(nullable = true, description = "ISO-8601 date; null when the article gives none") LocalDate publishedOn,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "docs/sources/two-roads-one-destination.txt") String archiveFile,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String metadataNote) {

	/** The short reference used inside claims and verdicts. */
	public SourceRef toRef() {
		return new SourceRef(this.slug, this.title);
	}

}
