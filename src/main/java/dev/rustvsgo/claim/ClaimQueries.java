package dev.rustvsgo.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.cache.CacheConfiguration;
import dev.rustvsgo.web.problem.ResourceNotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads claims as API records, each method in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class ClaimQueries {

	private final ClaimRepository repository;

	private final EntityManager entityManager;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	private final Cache counts;

	private final Anchors anchors;

	ClaimQueries(ClaimRepository repository, EntityManager entityManager, SourceCatalog sources,
			DimensionCatalog dimensions, CacheManager cacheManager, Anchors anchors) {
		this.anchors = anchors;
		this.repository = repository;
		this.entityManager = entityManager;
		this.counts = cacheManager.getCache(CacheConfiguration.CLAIM_COUNTS);
		this.sources = sources;
		this.dimensions = dimensions;
	}

	/**
	 * One page of matching claims: at most two SQL statements, the page and the count of
	 * all matches. The count is skipped when the page itself shows the total (a short
	 * first or last page) and otherwise comes from the claim-count cache after the first
	 * request for the same filter, so that the cost of further pages follows the page
	 * size, not the number of matches.
	 */
	public Page<Claim> find(ClaimFilter filter, Pageable pageable) {
		Specification<ClaimEntity> specification = filter.toSpecification();
		Pageable indexed = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				filter.indexOrder(pageable.getSort()));
		List<ClaimEntity> content = this.repository.findBy(specification, (query) -> query.slice(indexed)).getContent();
		return PageableExecutionUtils
			.getPage(content, pageable, () -> this.counts.get(filter, () -> this.repository.count(specification)))
			.map(this::toClaim);
	}

	/** The claim with this id: one SQL statement; a 404 problem when there is none. */
	public Claim get(long id) {
		return this.repository.findById(id)
			.map(this::toClaim)
			.orElseThrow(() -> ResourceNotFoundException.forId("claim", id, "/api/claims"));
	}

	/**
	 * The claims with these ids, in article order: one SQL statement, none for no ids.
	 */
	public List<Claim> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.repository.findAll((root, query, cb) -> root.get("id").in(ids), Sort.by("id"))
			.stream()
			.map(this::toClaim)
			.toList();
	}

	/** Every matching claim in article order (by id): one SQL statement. */
	public List<Claim> findAll(ClaimFilter filter) {
		return this.repository.findAll(filter.toSpecification(), Sort.by("id")).stream().map(this::toClaim).toList();
	}

	/**
	 * Number of claims per dimension database id, for the given dimensions only
	 * (dimensions without claims are absent): one SQL statement reading the index entries
	 * of those dimensions, none for no dimensions.
	 */
	public Map<Long, Long> countByDimension(Collection<Long> dimensionIds) {
		if (dimensionIds.isEmpty()) {
			return Map.of();
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ClaimEntity> root = query.from(ClaimEntity.class);
		Path<Long> dimensionId = root.get("dimensionId");
		query.select(cb.tuple(dimensionId, cb.count(root))).where(dimensionId.in(dimensionIds)).groupBy(dimensionId);
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.collect(Collectors.toMap((row) -> row.get(0, Long.class), (row) -> row.get(1, Long.class)));
	}

	/**
	 * Number of claims per source database id on one dimension (sources without claims on
	 * it are absent): one SQL statement.
	 */
	public Map<Long, Long> countBySource(long dimensionId) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ClaimEntity> root = query.from(ClaimEntity.class);
		Path<Long> sourceId = root.get("sourceId");
		query.select(cb.tuple(sourceId, cb.count(root)))
			.where(cb.equal(root.get("dimensionId"), dimensionId))
			.groupBy(sourceId);
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.collect(Collectors.toMap((row) -> row.get(0, Long.class), (row) -> row.get(1, Long.class)));
	}

	/**
	 * Number of claims per dimension and source, keyed
	 * {@code "<dimension id>|<source id>"} (pairs without claims are absent): one SQL
	 * statement.
	 */
	public Map<String, Long> countByDimensionAndSource() {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ClaimEntity> root = query.from(ClaimEntity.class);
		Path<Long> dimensionId = root.get("dimensionId");
		Path<Long> sourceId = root.get("sourceId");
		query.select(cb.tuple(dimensionId, sourceId, cb.count(root))).groupBy(dimensionId, sourceId);
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.collect(Collectors.toMap((row) -> row.get(0, Long.class) + "|" + row.get(1, Long.class),
					(row) -> row.get(2, Long.class)));
	}

	private Claim toClaim(ClaimEntity entity) {
		SourceRef source = this.sources.refOf(entity.getSourceId());
		return new Claim(entity.getId(), source, this.dimensions.refOf(entity.getDimensionId()), entity.getFavors(),
				entity.getKind(), entity.getStatement(), entity.getQuote(),
				this.anchors.of(source.slug(), entity.getQuote()));
	}

}
