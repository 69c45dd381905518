package dev.rustvsgo.comparison;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import dev.rustvsgo.verdict.Winner;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the verdicts on one dimension add up to.
 *
 * @param verdicts how many verdicts were counted
 * @param counts verdicts per winner
 * @param leading the winner with strictly the most verdicts, SPLIT when several share the
 * most, NONE when there are no verdicts
 * @param sourcesDisagree whether the counted verdicts name more than one winner
 */
@Schema(description = "Tally of the verdicts on one dimension.")
public record Consensus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5") int verdicts,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) WinnerCounts counts,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Leading leading,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "True when the verdicts name more than one winner") boolean sourcesDisagree) {

	/** Tallies the given verdict winners. */
	public static Consensus of(Collection<Winner> winners) {
		Map<Winner, Long> counts = new EnumMap<>(Winner.class);
		winners.forEach((winner) -> counts.merge(winner, 1L, Long::sum));
		return of(counts);
	}

	/** The consensus of verdicts already counted per winner (absent winners count 0). */
	public static Consensus of(Map<Winner, Long> counts) {
		Map<Winner, Integer> tally = new EnumMap<>(Winner.class);
		for (Winner winner : Winner.values()) {
			tally.put(winner, Math.toIntExact(counts.getOrDefault(winner, 0L)));
		}
		int total = tally.values().stream().mapToInt(Integer::intValue).sum();
		int most = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		Leading leading = Leading.NONE;
		if (most > 0) {
			var top = tally.entrySet().stream().filter((entry) -> entry.getValue() == most).toList();
			leading = (top.size() == 1) ? Leading.valueOf(top.get(0).getKey().name()) : Leading.SPLIT;
		}
		long distinct = tally.values().stream().filter((count) -> count > 0).count();
		WinnerCounts winnerCounts = new WinnerCounts(tally.get(Winner.RUST), tally.get(Winner.GO),
				tally.get(Winner.TIE), tally.get(Winner.DEPENDS));
		return new Consensus(total, winnerCounts, leading, distinct > 1);
	}

	/**
	 * Verdicts per winner.
	 *
	 * @param rust verdicts for Rust
	 * @param go verdicts for Go
	 * @param tie verdicts calling it a tie
	 * @param depends verdicts saying it depends
	 */
	@Schema(description = "Number of verdicts per winner.")
	public record WinnerCounts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int rust,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int go,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int tie,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int depends) {
	}

	/** The side most verdicts name. */
	@Schema(description = "The winner named by strictly the most verdicts; SPLIT when several share the most; NONE without verdicts.")
	public enum Leading {

		RUST, GO, TIE, DEPENDS, SPLIT, NONE

	}

}
