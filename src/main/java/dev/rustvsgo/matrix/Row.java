package dev.rustvsgo.matrix;

import java.util.List;

import dev.rustvsgo.reference.DimensionRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One dimension across the articles.
 *
 * @param dimension the dimension
 * @param cells one cell per column, in the order of {@link Matrix#sources()}
 */
@Schema(description = "One dimension (a row): one cell per article, in the order of the matrix's sources.")
public record Row(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DimensionRef dimension,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Cell> cells) {
}
