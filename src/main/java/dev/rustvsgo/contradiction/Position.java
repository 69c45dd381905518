package dev.rustvsgo.contradiction;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustvsgo.verdict.Winner;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one side holds: a winner (VERDICT), a figure's value and unit (FIGURE) or a
 * statement (CLAIM); the other fields are left out of the JSON.
 *
 * @param winner the side's verdict
 * @param value the figure's value
 * @param lower the figure's lower bound
 * @param upper the figure's upper bound
 * @param unit the figure's unit, as the article states it
 * @param statement the claim, in this project's words
 */
@Schema(description = "A side's position: winner for VERDICT, value/lower/upper/unit for FIGURE, statement for CLAIM; "
		+ "the fields that do not apply are left out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(@Schema Winner winner, @Schema BigDecimal value, @Schema BigDecimal lower,
		@Schema BigDecimal upper, @Schema String unit, @Schema String statement) {

	static Position ofWinner(Winner winner) {
		return new Position(winner, null, null, null, null, null);
	}

	static Position ofFigure(BigDecimal value, BigDecimal lower, BigDecimal upper, String unit) {
		return new Position(null, value, lower, upper, unit, null);
	}

	static Position ofStatement(String statement) {
		return new Position(null, null, null, null, null, statement);
	}

}
