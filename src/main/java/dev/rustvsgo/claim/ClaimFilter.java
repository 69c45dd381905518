package dev.rustvsgo.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

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

	Specification<ClaimEntity> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!this.dimensionIds.isEmpty()) {
				predicates.add(root.get("dimensionId").in(this.dimensionIds));
			}
			if (!this.sourceIds.isEmpty()) {
				predicates.add(root.get("sourceId").in(this.sourceIds));
			}
			if (!this.favors.isEmpty()) {
				predicates.add(root.get("favors").in(this.favors));
			}
			if (!this.kinds.isEmpty()) {
				predicates.add(root.get("kind").in(this.kinds));
			}
			if (this.text != null && !this.text.isBlank()) {
				String pattern = "%" + escapeLike(this.text.trim().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("statement")), pattern, '\\'),
						cb.like(cb.lower(root.get("quote")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * The requested order, led by the column of a filter restricted to one value when the
	 * order does not name it: {@code dimension = 7 order by id} becomes
	 * {@code order by dimension_id, id}, the same rows in the same order, which H2 then
	 * reads in order from the composite index on {@code (dimension_id, id)} and stops
	 * after the page. Without the lead H2 reads and sorts every match (PostgreSQL finds
	 * the index either way). Dimension leads, being the narrowest filter, then source,
	 * favors and kind; each has a composite index with id (migrations V6 and V7).
	 * @param requested the order the caller asked for
	 * @return the order to run the query with
	 */
	Sort indexOrder(Sort requested) {
		String lead = (this.dimensionIds.size() == 1) ? "dimensionId" : (this.sourceIds.size() == 1) ? "sourceId"
				: (this.favors.size() == 1) ? "favors" : (this.kinds.size() == 1) ? "kind" : null;
		if (lead == null || requested.isUnsorted() || requested.getOrderFor(lead) != null) {
			return requested;
		}
		return Sort.by(requested.iterator().next().getDirection(), lead).and(requested);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
