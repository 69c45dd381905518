package dev.rustvsgo.claim;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.paging.Paging;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The claims, read once from the database when the application starts (one SQL statement,
 * after Flyway has loaded the data) into an immutable in-memory list in article order,
 * with their anchors; every method answers from that list, without the database.
 */
@Service
public class ClaimQueries {

	/** Orders by a sortable field, as the database orders its column (by name). */
	private static final Map<String, Comparator<Claim>> FIELDS = Map.of("id", Comparator.comparingLong(Claim::id),
			"favors", Comparator.comparing((Claim claim) -> claim.favors().name()), "kind",
			Comparator.comparing((Claim claim) -> claim.kind().name()));

	private final List<Row> rows;

	private final Map<Long, Claim> byId;

	private final Map<Long, List<Row>> rowsByDimension;

	private final Map<Long, Map<Long, Long>> countsByDimensionAndSource;

	ClaimQueries(ClaimRepository repository, SourceCatalog sources, DimensionCatalog dimensions, Anchors anchors) {
		this.rows = repository.findAll(Sort.by("id")).stream().map((entity) -> {
			SourceRef source = sources.refOf(entity.getSourceId());
			Claim claim = new Claim(entity.getId(), source, dimensions.refOf(entity.getDimensionId()),
					entity.getFavors(), entity.getKind(), entity.getStatement(), entity.getQuote(),
					anchors.of(source.slug(), entity.getQuote()));
			return new Row(entity.getDimensionId(), entity.getSourceId(), claim);
		}).toList();
		this.byId = this.rows.stream()
			.map(Row::claim)
			.collect(Collectors.toUnmodifiableMap(Claim::id, Function.identity()));
		this.rowsByDimension = this.rows.stream()
			.collect(Collectors.collectingAndThen(Collectors.groupingBy(Row::dimensionId, Collectors.toList()),
					Map::copyOf));
		Map<Long, Map<Long, Long>> counts = new HashMap<>();
		for (Row row : this.rows) {
			counts.computeIfAbsent(row.dimensionId(), (id) -> new LinkedHashMap<>())
				.merge(row.sourceId(), 1L, Long::sum);
		}
		this.countsByDimensionAndSource = counts.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Map.copyOf(entry.getValue())));
	}

	/**
	 * One page of the matching claims in the requested order (ties broken by id, as every
	 * order the API offers ends with the id).
	 */
	public Page<Claim> find(ClaimFilter filter, Pageable pageable) {
		return Paging.page(findAll(filter).stream().sorted(comparator(pageable.getSort())).toList(), pageable);
	}

	/** The claim with this id; a 404 problem when there is none. */
	public Claim get(long id) {
		Claim claim = this.byId.get(id);
		if (claim == null) {
			throw ResourceNotFoundException.forId("claim", id, "/api/claims");
		}
		return claim;
	}

	/** The claims with these ids, in article order; unknown ids are left out. */
	public List<Claim> findAllById(Collection<Long> ids) {
		return ids.stream()
			.distinct()
			.map(this.byId::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingLong(Claim::id))
			.toList();
	}

	/**
	 * Every matching claim in article order (by id); a filter on one dimension reads only
	 * that dimension's claims.
	 */
	public List<Claim> findAll(ClaimFilter filter) {
		List<Row> candidates = (filter.dimensionIds().size() == 1)
				? this.rowsByDimension.getOrDefault(filter.dimensionIds().get(0), List.of()) : this.rows;
		return candidates.stream().filter(filter.predicate()).map(Row::claim).toList();
	}

	/**
	 * Number of claims per dimension database id, for the given dimensions only
	 * (dimensions without claims are absent).
	 */
	public Map<Long, Long> countByDimension(Collection<Long> dimensionIds) {
		Map<Long, Long> counts = new HashMap<>();
		for (Long dimensionId : dimensionIds) {
			Map<Long, Long> bySource = this.countsByDimensionAndSource.get(dimensionId);
			if (bySource != null) {
				counts.put(dimensionId, bySource.values().stream().mapToLong(Long::longValue).sum());
			}
		}
		return counts;
	}

	/**
	 * Number of claims per source database id on one dimension (sources without claims on
	 * it are absent).
	 */
	public Map<Long, Long> countBySource(long dimensionId) {
		return this.countsByDimensionAndSource.getOrDefault(dimensionId, Map.of());
	}

	/**
	 * Number of claims on a dimension from a source, 0 when there are none.
	 * @param dimensionId the dimension's database id
	 * @param sourceId the source's database id
	 */
	public long count(long dimensionId, long sourceId) {
		return countBySource(dimensionId).getOrDefault(sourceId, 0L);
	}

	private static Comparator<Claim> comparator(Sort sort) {
		Comparator<Claim> comparator = null;
		for (Sort.Order order : sort) {
			Comparator<Claim> field = FIELDS.get(order.getProperty());
			if (field == null) {
				throw new IllegalArgumentException("No claim order by " + order.getProperty());
			}
			field = order.isAscending() ? field : field.reversed();
			comparator = (comparator == null) ? field : comparator.thenComparing(field);
		}
		return (comparator == null) ? FIELDS.get("id") : comparator.thenComparing(FIELDS.get("id"));
	}

	/**
	 * A claim with the database ids filters select by and, for the text filter, its
	 * statement and quote in lower case and the set of their character pairs
	 * ({@link CharacterPairs}).
	 */
	record Row(long dimensionId, long sourceId, Claim claim, String statement, String quote, long[] pairs) {

		Row(long dimensionId, long sourceId, Claim claim, String statement, String quote) {
			this(dimensionId, sourceId, claim, statement, quote, CharacterPairs.setOf(statement, quote));
		}

		Row(long dimensionId, long sourceId, Claim claim) {
			this(dimensionId, sourceId, claim, claim.statement().toLowerCase(Locale.ROOT),
					claim.quote().toLowerCase(Locale.ROOT));
		}

	}

}
