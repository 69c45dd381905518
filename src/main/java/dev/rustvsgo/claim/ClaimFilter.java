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

	/** Whether a claim of the in-memory model passes every restriction. */
	boolean test(ClaimQueries.Row row) {
		return (this.dimensionIds.isEmpty() || this.dimensionIds.contains(row.dimensionId()))
				&& (this.sourceIds.isEmpty() || this.sourceIds.contains(row.sourceId()))
				&& (this.favors.isEmpty() || this.favors.contains(row.claim().favors()))
				&& (this.kinds.isEmpty() || this.kinds.contains(row.claim().kind())) && matchesText(row);
	}

	private boolean matchesText(ClaimQueries.Row row) {
		return this.text == null || row.statement().contains(this.text) || row.quote().contains(this.text);
	}

}
