package dev.rustvsgo.verdict;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Verdicts matching a filter.
 *
 * @param verdicts the verdicts, in dimension display order, then by source slug
 */
@Schema(description = "Verdicts in dimension display order, then by source slug.")
public record VerdictList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Verdict> verdicts) {
}
