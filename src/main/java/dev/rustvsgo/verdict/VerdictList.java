package dev.rustvsgo.verdict;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the verdicts matching a filter.
 *
 * @param verdicts the verdicts on this page, in dimension display order, then by source
 * slug
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of verdicts in dimension display order, then by source slug, with page metadata and links.")
public record VerdictList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Verdict> verdicts,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
