package dev.rustvsgo.verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.paging.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The verdicts with their conditions, read once from the database when the application
 * starts (two SQL statements, after Flyway has loaded the data) into an immutable
 * in-memory list ordered by dimension position and then source slug, with their anchors;
 * every method answers from that list, without the database.
 */
@Service
public class VerdictQueries {

	private final List<Row> rows;

	VerdictQueries(VerdictRepository repository, VerdictConditionRepository conditions, SourceCatalog sources,
			DimensionCatalog dimensions, Anchors anchors) {
		Map<Long, List<VerdictConditionEntity>> conditionsByVerdict = new HashMap<>();
		for (VerdictConditionEntity condition : conditions.findAllByOrderByVerdictIdAscPositionAsc()) {
			conditionsByVerdict.computeIfAbsent(condition.getVerdictId(), (id) -> new ArrayList<>()).add(condition);
		}
		this.rows = repository.findAll(Sort.by("id"))
			.stream()
			.sorted(Comparator.comparingInt((VerdictEntity v) -> dimensions.index().rankOf(v.getDimensionId()))
				.thenComparingInt((v) -> sources.index().rankOf(v.getSourceId())))
			.map((v) -> {
				SourceRef source = sources.refOf(v.getSourceId());
				List<Condition> its = (v.getWinner() != Winner.DEPENDS) ? List.of()
						: conditionsByVerdict.getOrDefault(v.getId(), List.of())
							.stream()
							.map((condition) -> condition.toCondition(anchors.of(source.slug(), condition.getQuote())))
							.toList();
				Verdict verdict = new Verdict(v.getId(), source, dimensions.refOf(v.getDimensionId()), v.getWinner(),
						v.getRationale(), v.getQuote(), v.getBasis(), its, anchors.of(source.slug(), v.getQuote()));
				return new Row(v.getDimensionId(), v.getSourceId(), verdict);
			})
			.toList();
	}

	/**
	 * Verdicts per winner for the given dimension ids that have verdicts (dimensions
	 * without matching verdicts are absent).
	 * @param dimensionIds the dimensions to count
	 * @param bases only verdicts with these bases; empty for all
	 */
	public Map<Long, Map<Winner, Long>> countByDimensionAndWinner(Collection<Long> dimensionIds, List<Basis> bases) {
		Map<Long, Map<Winner, Long>> counts = new HashMap<>();
		for (Row row : this.rows) {
			if (dimensionIds.contains(row.dimensionId())
					&& (bases.isEmpty() || bases.contains(row.verdict().basis()))) {
				counts.computeIfAbsent(row.dimensionId(), (id) -> new EnumMap<>(Winner.class))
					.merge(row.verdict().winner(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/**
	 * Every matching verdict with its conditions, by dimension position and then source
	 * slug.
	 * @param dimensionIds only these dimensions; empty for all
	 * @param sourceIds only these sources; empty for all
	 * @param winners only these winners; empty for all
	 * @param bases only verdicts with these bases; empty for all
	 */
	public List<Verdict> find(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners, List<Basis> bases) {
		return this.rows.stream()
			.filter((row) -> dimensionIds.isEmpty() || dimensionIds.contains(row.dimensionId()))
			.filter((row) -> sourceIds.isEmpty() || sourceIds.contains(row.sourceId()))
			.filter((row) -> winners.isEmpty() || winners.contains(row.verdict().winner()))
			.filter((row) -> bases.isEmpty() || bases.contains(row.verdict().basis()))
			.map(Row::verdict)
			.toList();
	}

	/**
	 * One page of the matching verdicts in the order of
	 * {@link #find(List, List, List, List)}.
	 * @param dimensionIds only these dimensions; empty for all
	 * @param sourceIds only these sources; empty for all
	 * @param winners only these winners; empty for all
	 * @param bases only verdicts with these bases; empty for all
	 * @param pageable the page (its sort is ignored)
	 */
	public Page<Verdict> find(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners, List<Basis> bases,
			Pageable pageable) {
		return Paging.page(find(dimensionIds, sourceIds, winners, bases), pageable);
	}

	/** A verdict with the database ids the filters select by. */
	private record Row(long dimensionId, long sourceId, Verdict verdict) {
	}

}
