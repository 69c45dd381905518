package dev.rustvsgo.source;

import java.util.List;

import dev.rustvsgo.reference.Source;
import dev.rustvsgo.verdict.Verdict;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One article with its verdicts.
 *
 * @param source the article's metadata
 * @param verdicts its verdicts, in dimension display order
 */
@Schema(description = "One article with its verdicts by dimension.")
public record SourceDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Source source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Verdict> verdicts) {
}
