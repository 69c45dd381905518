package dev.rustvsgo.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustvsgo.dimension.DimensionCatalog;
import dev.rustvsgo.source.SourceCatalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads claims as API records. */
@Service
public class ClaimQueries {

	private final ClaimRepository repository;

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	ClaimQueries(ClaimRepository repository, SourceCatalog sources, DimensionCatalog dimensions) {
		this.repository = repository;
		this.sources = sources;
		this.dimensions = dimensions;
	}

	/** One page of matching claims: two SQL statements (the page and its count). */
	@Transactional(readOnly = true)
	public Page<Claim> find(ClaimFilter filter, Pageable pageable) {
		return this.repository.findAll(filter.toSpecification(), pageable).map(this::toClaim);
	}

	/** Every matching claim in article order (by id): one SQL statement. */
	@Transactional(readOnly = true)
	public List<Claim> findAll(ClaimFilter filter) {
		return this.repository.findAll(filter.toSpecification(), Sort.by("id")).stream().map(this::toClaim).toList();
	}

	/**
	 * Number of claims per dimension database id (dimensions without claims are absent):
	 * one SQL statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> countByDimension() {
		return this.repository.countByDimension()
			.stream()
			.collect(Collectors.toMap(ClaimRepository.DimensionClaimCount::dimensionId,
					ClaimRepository.DimensionClaimCount::claims));
	}

	private Claim toClaim(ClaimEntity entity) {
		return new Claim(entity.getId(), this.sources.refOf(entity.getSourceId()),
				this.dimensions.refOf(entity.getDimensionId()), entity.getFavors(), entity.getKind(),
				entity.getStatement(), entity.getQuote());
	}

}
