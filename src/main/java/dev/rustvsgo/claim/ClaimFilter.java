package dev.rustvsgo.claim;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which claims to read; an empty list or a {@code null} text means no restriction.
 *
 * @param dimensionIds database ids of the dimensions
 * @param sourceIds database ids of the sources
 * @param favors the sides
 * @param kinds the kinds
 * @param text case-insensitive substring of the statement or the quote; kept trimmed and
 * in lower case, {@code null} when blank
 */
public record ClaimFilter(List<Long> dimensionIds, List<Long> sourceIds, List<Favors> favors, List<ClaimKind> kinds,
		String text) {

	/** No restriction: every claim. */
	public static final ClaimFilter ALL = new ClaimFilter(List.of(), List.of(), List.of(), List.of(), null);

	public ClaimFilter {
		text = (text == null || text.isBlank()) ? null : text.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The test of a claim of the in-memory model against every restriction; the text's
	 * character pairs are hashed once, and a claim whose statement and quote lack one of
	 * them is ruled out before the substring search ({@link CharacterPairs}).
	 */
	Predicate<ClaimQueries.Row> predicate() {
		int[] textPairs = (this.text != null) ? CharacterPairs.bitsOf(this.text) : null;
		return (row) -> (this.dimensionIds.isEmpty() || this.dimensionIds.contains(row.dimensionId()))
				&& (this.sourceIds.isEmpty() || this.sourceIds.contains(row.sourceId()))
				&& (this.favors.isEmpty() || this.favors.contains(row.claim().favors()))
				&& (this.kinds.isEmpty() || this.kinds.contains(row.claim().kind()))
				&& (this.text == null || (CharacterPairs.mayContain(row.pairs(), textPairs)
						&& (row.statement().contains(this.text) || row.quote().contains(this.text))));
	}

}
