package dev.rustvsgo.figure;

import java.util.List;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of figures.
 *
 * @param figures the figures on this page, in article order
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of figures in article order, with page metadata and links.")
public record FigureList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Figure> figures,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
