package dev.rustvsgo.comparison;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimFilter;
import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.claim.Favors;
import dev.rustvsgo.contradiction.ContradictionService;
import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SlugIndex;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.verdict.Winner;
import dev.rustvsgo.web.paging.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Builds the dimension listing and the per-dimension comparison from verdicts and claims.
 */
@Service
class ComparisonService {

	private final DimensionCatalog dimensions;

	private final SourceCatalog sources;

	private final VerdictQueries verdicts;

	private final ClaimQueries claims;

	private final ContradictionService contradictions;

	ComparisonService(DimensionCatalog dimensions, SourceCatalog sources, VerdictQueries verdicts, ClaimQueries claims,
			ContradictionService contradictions) {
		this.contradictions = contradictions;
		this.dimensions = dimensions;
		this.sources = sources;
		this.verdicts = verdicts;
		this.claims = claims;
	}

	/**
	 * One page of the dimensions, in display order, with their consensus, counted from
	 * the in-memory verdicts and claims.
	 */
	Page<DimensionSummary> list(Pageable pageable, List<Basis> bases) {
		SlugIndex<Dimension> index = this.dimensions.index();
		List<Long> ids = Paging.slice(index.ids(), pageable);
		Map<Long, Map<Winner, Long>> verdictCounts = this.verdicts.countByDimensionAndWinner(ids, bases);
		Map<Long, Long> claimCounts = this.claims.countByDimension(ids);
		List<DimensionSummary> summaries = ids.stream().map((id) -> {
			Dimension dimension = index.byId(id);
			return new DimensionSummary(dimension.slug(), dimension.name(), dimension.description(),
					Consensus.of(verdictCounts.getOrDefault(id, Map.of())), claimCounts.getOrDefault(id, 0L));
		}).toList();
		return new PageImpl<>(summaries, pageable, index.ids().size());
	}

	/**
	 * The comparison for one dimension, from the in-memory verdicts, claims and
	 * contradictions.
	 * @param slug the dimension slug; 404 problem when unknown
	 * @param sourceSlugs only these sources (empty for all); 400 problem when one is
	 * unknown
	 * @param favors only claims favouring these sides (empty for all)
	 * @param bases only verdicts with these bases (empty for all)
	 */
	Comparison compare(String slug, List<String> sourceSlugs, List<Favors> favors, List<Basis> bases) {
		Dimension dimension = this.dimensions.index().get(slug);
		long dimensionId = this.dimensions.index().idOf(slug);
		List<Long> sourceIds = this.sources.index().idsOf("source", sourceSlugs);
		List<Verdict> verdicts = this.verdicts.find(List.of(dimensionId), sourceIds, List.of(), bases);
		Set<String> withVerdict = verdicts.stream()
			.map((verdict) -> verdict.source().slug())
			.collect(Collectors.toSet());
		List<Source> without = this.sources.index()
			.all()
			.stream()
			.filter((source) -> sourceSlugs.isEmpty() || sourceSlugs.contains(source.slug()))
			.filter((source) -> !withVerdict.contains(source.slug()))
			.toList();
		Map<Long, Long> claimsBySource = without.isEmpty() ? Map.of() : this.claims.countBySource(dimensionId);
		List<SourceWithoutVerdict> withoutVerdict = without.stream().map((source) -> {
			long claims = claimsBySource.getOrDefault(this.sources.index().idOf(source.slug()), 0L);
			return new SourceWithoutVerdict(source.toRef(), claims > 0, claims);
		}).toList();
		List<Claim> claims = this.claims
			.findAll(new ClaimFilter(List.of(dimensionId), sourceIds, favors, List.of(), null));
		Comparison.ClaimsBySide bySide = new Comparison.ClaimsBySide(side(claims, Favors.RUST), side(claims, Favors.GO),
				side(claims, Favors.NEITHER));
		return new Comparison(dimension, Consensus.of(verdicts.stream().map(Verdict::winner).toList()), verdicts,
				withoutVerdict, bySide, this.contradictions.find(List.of(slug), sourceSlugs, List.of()));
	}

	private static List<Claim> side(List<Claim> claims, Favors favors) {
		return claims.stream().filter((claim) -> claim.favors() == favors).toList();
	}

}
