package dev.rustvsgo.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Winner;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One article's position on one dimension.
 *
 * @param source the article's slug (the column)
 * @param state whether the article gives a verdict, discusses the dimension without one,
 * or never discusses it
 * @param winner the verdict's winner, or {@code null} without a verdict
 * @param basis the verdict's basis, or {@code null} without a verdict
 * @param verdictId the verdict's id, or {@code null} without a verdict
 * @param claims how many claims the article makes on the dimension
 */
@Schema(description = "A cell of the matrix: one article on one dimension. Without a verdict, state tells "
		+ "NO_SIDE (the article discusses the dimension without taking a side) from NOT_DISCUSSED, and leaves out "
		+ "winner, basis and verdictId.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "two-roads-one-destination") String source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) State state, @Schema Winner winner, @Schema Basis basis,
		@Schema(example = "12") Long verdictId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4") long claims) {

	/** What a cell holds. */
	@Schema(description = "VERDICT: the article gives a verdict; NO_SIDE: it makes claims on the dimension but takes "
			+ "no side; NOT_DISCUSSED: it says nothing about the dimension.")
	public enum State {

		/** The article gives a verdict. */
		VERDICT,

		/** The article discusses the dimension without taking a side. */
		NO_SIDE,

		/** The article never discusses the dimension. */
		NOT_DISCUSSED

	}

}
