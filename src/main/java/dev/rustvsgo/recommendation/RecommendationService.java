package dev.rustvsgo.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.usecase.UseCaseDetail;
import dev.rustvsgo.usecase.UseCaseQueries;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.verdict.Winner;
import dev.rustvsgo.web.problem.InvalidParameterException;

import org.springframework.stereotype.Service;

/**
 * Scores Rust against Go from the articles' verdicts, weighted by the caller's priorities
 * (see {@link #METHOD}).
 */
@Service
class RecommendationService {

	/** Highest weight a dimension may be given. */
	static final int MAX_WEIGHT = 10;

	/** Overall scores within this distance of 0 are a tie. */
	static final double MARGIN = 0.05;

	static final String METHOD = "Each verdict counts +1 for RUST, -1 for GO and 0 for TIE or DEPENDS, weighted 1 when the "
			+ "article states it and 0.5 when it only implies it. A dimension's score is the weighted mean of its "
			+ "verdicts (-1 all Go, +1 all Rust; 0 without verdicts). The overall score is the mean of the dimension "
			+ "scores weighted by the priorities (each dimension's contribution is weight x score / sum of weights); "
			+ "rust and go are the same weighted means of each language's share of the verdict weight, so score = "
			+ "rust - go. The leading language is RUST above +" + MARGIN + ", GO below -" + MARGIN
			+ ", TIE in between. Use-case recommendations are evidence only and do not change the score.";

	private final DimensionCatalog dimensions;

	/**
	 * Every verdict by dimension slug, with the weight it counts with, grouped once at
	 * start-up.
	 */
	private final Map<String, List<Evidence>> evidenceByDimension;

	private final UseCaseQueries useCases;

	RecommendationService(DimensionCatalog dimensions, VerdictQueries verdicts, UseCaseQueries useCases) {
		this.dimensions = dimensions;
		this.useCases = useCases;
		Map<String, List<Evidence>> byDimension = new HashMap<>();
		for (Verdict verdict : verdicts.find(List.of(), List.of(), List.of(), List.of())) {
			double weight = (verdict.basis() == Basis.STATED) ? 1 : 0.5;
			byDimension.computeIfAbsent(verdict.dimension().slug(), (slug) -> new ArrayList<>())
				.add(new Evidence(verdict.source(), verdict.winner(), verdict.basis(), weight, verdict.quote(),
						verdict.anchor()));
		}
		byDimension.replaceAll((slug, list) -> List.copyOf(list));
		this.evidenceByDimension = Map.copyOf(byDimension);
	}

	/**
	 * The recommendation for these priorities, from the verdicts held in memory.
	 * @param priorities {@code <dimension slug>:<weight>} items
	 * @param useCaseSlug a use case whose recommendations to add, or {@code null}
	 * @throws InvalidParameterException naming {@code priorities} or {@code useCase}
	 */
	LanguageRecommendation recommend(List<String> priorities, String useCaseSlug) {
		Map<String, Integer> weights = parse(priorities);
		UseCaseDetail useCase = null;
		if (useCaseSlug != null) {
			useCase = this.useCases.find(useCaseSlug)
				.orElseThrow(() -> new InvalidParameterException("useCase", useCaseSlug, "unknown use case slug",
						this.useCases.slugs()));
		}
		double totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
		double rust = 0;
		double go = 0;
		List<DimensionScore> scores = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : weights.entrySet()) {
			List<Evidence> evidence = this.evidenceByDimension.getOrDefault(entry.getKey(), List.of());
			double all = 0;
			double forRust = 0;
			double forGo = 0;
			for (Evidence verdict : evidence) {
				all += verdict.weight();
				forRust += (verdict.winner() == Winner.RUST) ? verdict.weight() : 0;
				forGo += (verdict.winner() == Winner.GO) ? verdict.weight() : 0;
			}
			double rustShare = (all > 0) ? forRust / all : 0;
			double goShare = (all > 0) ? forGo / all : 0;
			double share = entry.getValue() / totalWeight;
			rust += share * rustShare;
			go += share * goShare;
			scores.add(new DimensionScore(this.dimensions.index().get(entry.getKey()).toRef(), entry.getValue(),
					round(rustShare - goShare), round(share * (rustShare - goShare)), evidence));
		}
		double score = rust - go;
		LanguageRecommendation.Leading leading = (score > MARGIN) ? LanguageRecommendation.Leading.RUST
				: (score < -MARGIN) ? LanguageRecommendation.Leading.GO : LanguageRecommendation.Leading.TIE;
		return new LanguageRecommendation(leading, round(score), new Scores(round(rust), round(go)), scores, useCase,
				METHOD);
	}

	/** The weights by dimension slug, in the order given. */
	private Map<String, Integer> parse(List<String> priorities) {
		if (priorities.isEmpty()) {
			throw new InvalidParameterException("priorities", "",
					"give at least one <dimension slug>:<weight>, e.g. performance:3", this.dimensions.index().slugs());
		}
		Map<String, Integer> weights = new LinkedHashMap<>();
		for (String priority : priorities) {
			int colon = priority.lastIndexOf(':');
			if (colon < 0) {
				throw new InvalidParameterException("priorities", priority,
						"expected <dimension slug>:<weight>, e.g. performance:3", List.of());
			}
			String slug = priority.substring(0, colon).trim();
			String weight = priority.substring(colon + 1).trim();
			if (this.dimensions.index().find(slug).isEmpty()) {
				throw new InvalidParameterException("priorities", priority, "unknown dimension slug '" + slug + "'",
						this.dimensions.index().slugs());
			}
			if (!weight.matches("[0-9]{1,2}") || Integer.parseInt(weight) > MAX_WEIGHT) {
				throw new InvalidParameterException("priorities", priority,
						"the weight must be a whole number from 0 to " + MAX_WEIGHT, List.of());
			}
			if (weights.putIfAbsent(slug, Integer.parseInt(weight)) != null) {
				throw new InvalidParameterException("priorities", priority, "dimension '" + slug + "' is given twice",
						List.of());
			}
		}
		if (weights.values().stream().allMatch((weight) -> weight == 0)) {
			throw new InvalidParameterException("priorities", String.join(",", priorities),
					"at least one weight must be above 0", List.of());
		}
		return weights;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
