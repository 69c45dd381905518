package dev.rustvsgo.verdict;

import dev.rustvsgo.reference.Anchor;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing a {@code DEPENDS} verdict depends on.
 *
 * @param condition when this side is the article's pick, in this project's words
 * @param favors the side the article picks under this condition
 * @param quote a verbatim excerpt of the article that states it
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "A condition of a DEPENDS verdict: when the article picks which side, with a verbatim quote.")
public record Condition(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "absolute speed and memory control are the priority") String condition,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"RUST", "GO" }) Winner favors,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "If your priority is absolute speed and memory control, Rust wins.") String quote,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor){
}
