package dev.rustvsgo.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.dimension.DimensionCatalog;
import dev.rustvsgo.source.SourceCatalog;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads verdicts, filtered by database ids, as API records ordered by dimension position
 * and then source slug. One SQL statement per call.
 */
@Service
public class VerdictQueries {

	private final VerdictRepository repository;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	VerdictQueries(VerdictRepository repository, SourceCatalog sources, DimensionCatalog dimensions) {
		this.repository = repository;
		this.sources = sources;
		this.dimensions = dimensions;
	}

	/**
	 * Verdicts per winner for every dimension id that has verdicts, counted by the
	 * database (one SQL statement, one row per dimension and winner, whatever the number
	 * of sources).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Winner, Long>> countByDimensionAndWinner() {
		Map<Long, Map<Winner, Long>> counts = new HashMap<>();
		for (VerdictRepository.WinnerCount row : this.repository.countByDimensionAndWinner()) {
			counts.computeIfAbsent(row.dimensionId(), (id) -> new EnumMap<>(Winner.class))
				.put(row.winner(), row.verdicts());
		}
		return counts;
	}

	/**
	 * @param dimensionIds only these dimensions; empty for all
	 * @param sourceIds only these sources; empty for all
	 * @param winners only these winners; empty for all
	 */
	@Transactional(readOnly = true)
	public List<Verdict> find(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners) {
		Specification<VerdictEntity> filter = (root, query, cb) -> {
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
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return this.repository.findAll(filter, Sort.by("id"))
			.stream()
			.sorted(Comparator.comparingInt((VerdictEntity v) -> this.dimensions.index().rankOf(v.getDimensionId()))
				.thenComparingInt((v) -> this.sources.index().rankOf(v.getSourceId())))
			.map((v) -> new Verdict(this.sources.refOf(v.getSourceId()), this.dimensions.refOf(v.getDimensionId()),
					v.getWinner(), v.getRationale(), v.getQuote()))
			.toList();
	}

}
