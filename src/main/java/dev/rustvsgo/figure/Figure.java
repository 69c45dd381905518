package dev.rustvsgo.figure;

import java.math.BigDecimal;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A figure an article gives, as a typed quantity, exactly as the article states it (never
 * converted): a single {@code value}, or a range or open bound ({@code lower},
 * {@code upper}).
 *
 * @param id stable numeric id
 * @param source the article
 * @param metric what is measured; figures of the same metric can be compared
 * @param subject the language the figure is about, or BOTH
 * @param value the value, or {@code null} for a range or bound
 * @param lower the lower bound ("2-4 weeks": 2; "100,000+": 100000), or {@code null}
 * @param upper the upper bound ("2-4 weeks": 4; "within a week": 1), or {@code null}
 * @param unit the unit as the article states it
 * @param approximate whether the article marks the figure as approximate ("~2KB")
 * @param statement the figure in this project's words
 * @param quote a verbatim excerpt of the article that gives it
 * @param claimId the id of the claim that quotes the same figure, or {@code null}
 * @param claim the path of that claim, or {@code null}
 * @param anchor where the quote sits in the archived text, or {@code null} when the
 * article has none
 */
@Schema(description = "A figure an article gives, as it states it: value, or lower/upper for ranges and open bounds, "
		+ "with its unit, never converted.")
public record Figure(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12") long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceRef source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "crates-io-packages") String metric,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Language subject,
		@Schema(nullable = true, example = "1.5") BigDecimal value,
		@Schema(nullable = true, example = "100000") BigDecimal lower, @Schema(nullable = true) BigDecimal upper,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "packages") String unit,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean approximate,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String statement,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Verbatim excerpt of the archived article text") String quote,
		@Schema(nullable = true, example = "107") Long claimId,
		@Schema(nullable = true, format = "uri-reference", example = "/api/claims/107") String claim,
		@Schema(description = "Where the quote sits in the archived text (/api/sources/{slug}/text); null when the article has none") Anchor anchor) {
}
