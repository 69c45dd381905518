package dev.rustvsgo.verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads verdicts, filtered by database ids, as API records ordered by dimension position
 * and then source slug, each method in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class VerdictQueries {

	private final VerdictRepository repository;

	private final EntityManager entityManager;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	private final VerdictConditionRepository conditions;

	private final Anchors anchors;

	VerdictQueries(VerdictRepository repository, VerdictConditionRepository conditions, EntityManager entityManager,
			SourceCatalog sources, DimensionCatalog dimensions, Anchors anchors) {
		this.repository = repository;
		this.conditions = conditions;
		this.anchors = anchors;
		this.entityManager = entityManager;
		this.sources = sources;
		this.dimensions = dimensions;
	}

	/**
	 * Verdicts per winner for the given dimension ids that have verdicts, counted by the
	 * database: one SQL statement reading the index entries of those dimensions (one row
	 * per dimension and winner, whatever the number of sources), none for no dimensions.
	 */
	public Map<Long, Map<Winner, Long>> countByDimensionAndWinner(Collection<Long> dimensionIds, List<Basis> bases) {
		Map<Long, Map<Winner, Long>> counts = new HashMap<>();
		if (dimensionIds.isEmpty()) {
			return counts;
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<VerdictEntity> root = query.from(VerdictEntity.class);
		Path<Long> dimensionId = root.get("dimensionId");
		Path<Winner> winner = root.get("winner");
		Predicate where = dimensionId.in(dimensionIds);
		if (!bases.isEmpty()) {
			where = cb.and(where, root.get("basis").in(bases));
		}
		query.select(cb.tuple(dimensionId, winner, cb.count(root))).where(where).groupBy(dimensionId, winner);
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.computeIfAbsent(row.get(0, Long.class), (id) -> new EnumMap<>(Winner.class))
				.put(row.get(1, Winner.class), row.get(2, Long.class));
		}
		return counts;
	}

	/**
	 * Every matching verdict with its conditions: two SQL statements (the second only
	 * when a DEPENDS verdict matches).
	 * @param dimensionIds only these dimensions; empty for all
	 * @param sourceIds only these sources; empty for all
	 * @param winners only these winners; empty for all
	 * @param bases only verdicts with these bases; empty for all
	 */
	public List<Verdict> find(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners, List<Basis> bases) {
		List<VerdictEntity> entities = this.repository
			.findAll(filter(dimensionIds, sourceIds, winners, bases), Sort.by("id"))
			.stream()
			.sorted(Comparator.comparingInt((VerdictEntity v) -> this.dimensions.index().rankOf(v.getDimensionId()))
				.thenComparingInt((v) -> this.sources.index().rankOf(v.getSourceId())))
			.toList();
		List<Long> depends = entities.stream()
			.filter((v) -> v.getWinner() == Winner.DEPENDS)
			.map(VerdictEntity::getId)
			.toList();
		Map<Long, List<VerdictConditionEntity>> conditions = depends.isEmpty() ? Map.of()
				: this.conditions.findByVerdictIdInOrderByVerdictIdAscPositionAsc(depends)
					.stream()
					.collect(Collectors.groupingBy(VerdictConditionEntity::getVerdictId));
		return entities.stream().map((v) -> {
			SourceRef source = this.sources.refOf(v.getSourceId());
			List<Condition> its = conditions.getOrDefault(v.getId(), List.of())
				.stream()
				.map((condition) -> condition.toCondition(this.anchors.of(source.slug(), condition.getQuote())))
				.toList();
			return new Verdict(v.getId(), source, this.dimensions.refOf(v.getDimensionId()), v.getWinner(),
					v.getRationale(), v.getQuote(), v.getBasis(), its, this.anchors.of(source.slug(), v.getQuote()));
		}).toList();
	}

	/**
	 * One page of the matching verdicts in the order of
	 * {@link #find(List, List, List, List)}: at most three SQL statements. That order
	 * (dimension position, then source slug) is the in-memory catalogs', so the database
	 * counts the matches per dimension, the catalog order places the page among them, and
	 * only the verdicts of the dimensions the page spans are read.
	 * @param dimensionIds only these dimensions; empty for all
	 * @param sourceIds only these sources; empty for all
	 * @param winners only these winners; empty for all
	 * @param bases only verdicts with these bases; empty for all
	 * @param pageable the page (its sort is ignored)
	 */
	public Page<Verdict> find(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners, List<Basis> bases,
			Pageable pageable) {
		Map<Long, Long> matches = countByDimension(filter(dimensionIds, sourceIds, winners, bases));
		long total = matches.values().stream().mapToLong(Long::longValue).sum();
		long start = pageable.getOffset();
		long end = start + pageable.getPageSize();
		List<Long> spanned = new ArrayList<>();
		long skip = 0;
		long before = 0;
		for (long dimensionId : this.dimensions.index().ids()) {
			if (before >= end) {
				break;
			}
			long count = matches.getOrDefault(dimensionId, 0L);
			if (count > 0 && before + count > start) {
				if (spanned.isEmpty()) {
					skip = start - before;
				}
				spanned.add(dimensionId);
			}
			before += count;
		}
		List<Verdict> content = spanned.isEmpty() ? List.of()
				: find(spanned, sourceIds, winners, bases).stream().skip(skip).limit(pageable.getPageSize()).toList();
		return new PageImpl<>(content, pageable, total);
	}

	/** Matching verdicts per dimension id (dimensions without any are absent). */
	private Map<Long, Long> countByDimension(Specification<VerdictEntity> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<VerdictEntity> root = query.from(VerdictEntity.class);
		Path<Long> dimensionId = root.get("dimensionId");
		query.select(cb.tuple(dimensionId, cb.count(root)))
			.where(filter.toPredicate(root, query, cb))
			.groupBy(dimensionId);
		Map<Long, Long> counts = new HashMap<>();
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(row.get(0, Long.class), row.get(1, Long.class));
		}
		return counts;
	}

	private static Specification<VerdictEntity> filter(List<Long> dimensionIds, List<Long> sourceIds,
			List<Winner> winners, List<Basis> bases) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!dimensionIds.isEmpty()) {
				predicates.add(root.get("dimensionId").in(dimensionIds));
			}
			if (!sourceIds.isEmpty()) {
				predicates.add(root.get("sourceId").in(sourceIds));
			}
			if (!winners.isEmpty()) {
				predicates.add(root.get("winner").in(winners));
			}
			if (!bases.isEmpty()) {
				predicates.add(root.get("basis").in(bases));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
