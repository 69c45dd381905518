package dev.rustvsgo.contradiction;

import java.util.List;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of contradictions.
 *
 * @param contradictions the contradictions on this page: verdicts (dimension order), then
 * figures (by metric), then curated claims
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of contradictions, with page metadata and links.")
public record ContradictionList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Contradiction> contradictions,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
