package dev.rustvsgo.comparison;

import java.util.List;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the dimensions, in display order.
 *
 * @param dimensions the dimensions on this page with their consensus
 * @param page where this page sits among all dimensions
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of the dimensions in display order, each with its consensus, with page metadata and links.")
public record DimensionList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DimensionSummary> dimensions,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
