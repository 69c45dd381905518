package dev.rustvsgo.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

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

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
