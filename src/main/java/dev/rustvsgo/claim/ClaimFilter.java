package dev.rustvsgo.claim;

import java.util.List;
import java.util.Locale;

/**
 * Which claims to read; an empty list or a {@code null} text means no restriction.
 *
 * @param dimensionIds database ids of the dimensions
 * @param sourceIds database ids of the sources
 * @param favors the sides
 * @param kinds the kinds
 * @param text case-insensitive substring of the statement or the quote
 */
public record ClaimFilter(List<Long> dimensionIds, List<Long> sourceIds, List<Favors> favors, List<ClaimKind> kinds,
		String text) {

	/** No restriction: every claim. */
	public static final ClaimFilter ALL = new ClaimFilter(List.of(), List.of(), List.of(), List.of(), null);

	/** Whether a claim of the in-memory model passes every restriction. */
	boolean test(ClaimQueries.Row row) {
		return (this.dimensionIds.isEmpty() || this.dimensionIds.contains(row.dimensionId()))
				&& (this.sourceIds.isEmpty() || this.sourceIds.contains(row.sourceId()))
				&& (this.favors.isEmpty() || this.favors.contains(row.claim().favors()))
				&& (this.kinds.isEmpty() || this.kinds.contains(row.claim().kind())) && matchesText(row);
	}

	private boolean matchesText(ClaimQueries.Row row) {
		if (this.text == null || this.text.isBlank()) {
			return true;
		}
		String wanted = this.text.trim().toLowerCase(Locale.ROOT);
		return row.statement().contains(wanted) || row.quote().contains(wanted);
	}

}
