package dev.rustvsgo.usecase;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the use cases and the articles' recommendations as API records. */
@Service
@Transactional(readOnly = true)
public class UseCaseQueries {

	private final UseCaseRepository useCases;

	private final RecommendationRepository recommendations;

	private final SourceCatalog sources;

	private final Anchors anchors;

	UseCaseQueries(UseCaseRepository useCases, RecommendationRepository recommendations, SourceCatalog sources,
			Anchors anchors) {
		this.anchors = anchors;
		this.useCases = useCases;
		this.recommendations = recommendations;
		this.sources = sources;
	}

	/**
	 * Every use case in display order with its article counts: two SQL statements.
	 * @param languages only use cases with a recommendation of one of these; empty for
	 * all
	 */
	UseCaseList list(List<Language> languages) {
		Map<Long, List<RecommendationEntity>> byUseCase = this.recommendations.findAllByOrderByIdAsc()
			.stream()
			.collect(Collectors.groupingBy(RecommendationEntity::getUseCaseId));
		List<UseCaseSummary> summaries = this.useCases.findAllByOrderByPositionAsc()
			.stream()
			.filter((useCase) -> languages.isEmpty() || byUseCase.getOrDefault(useCase.getId(), List.of())
				.stream()
				.anyMatch((recommendation) -> languages.contains(recommendation.getLanguage())))
			.map((useCase) -> {
				List<RecommendationEntity> rows = byUseCase.getOrDefault(useCase.getId(), List.of());
				return new UseCaseSummary(useCase.toUseCase(), counts(rows), disagree(rows));
			})
			.toList();
		return new UseCaseList(summaries);
	}

	/** One use case with its recommendations: two SQL statements; 404 when unknown. */
	UseCaseDetail get(String slug) {
		return find(slug).orElseThrow(() -> ResourceNotFoundException.forSlug("use case", slug, "/api/use-cases"));
	}

	/** The slugs of every use case, in display order: one SQL statement. */
	public List<String> slugs() {
		return this.useCases.findAllByOrderByPositionAsc()
			.stream()
			.map((useCase) -> useCase.toUseCase().slug())
			.toList();
	}

	/**
	 * One use case with its recommendations, if the slug names one: two SQL statements.
	 */
	public Optional<UseCaseDetail> find(String slug) {
		return this.useCases.findBySlug(slug).map(this::detail);
	}

	private UseCaseDetail detail(UseCaseEntity useCase) {
		List<RecommendationEntity> rows = this.recommendations.findByUseCaseIdOrderByIdAsc(useCase.getId());
		List<Recommendation> recommendations = rows.stream().map((row) -> {
			SourceRef source = this.sources.refOf(row.getSourceId());
			return new Recommendation(source, row.getLanguage(), row.getStatement(), row.getQuote(),
					this.anchors.of(source.slug(), row.getQuote()));
		}).toList();
		return new UseCaseDetail(useCase.toUseCase(), counts(rows), disagree(rows), recommendations);
	}

	private static ArticleCounts counts(List<RecommendationEntity> rows) {
		return new ArticleCounts(articles(rows, Language.RUST), articles(rows, Language.GO),
				articles(rows, Language.BOTH));
	}

	private static int articles(List<RecommendationEntity> rows, Language language) {
		Set<Long> sources = new HashSet<>();
		rows.stream().filter((row) -> row.getLanguage() == language).forEach((row) -> sources.add(row.getSourceId()));
		return sources.size();
	}

	private static boolean disagree(List<RecommendationEntity> rows) {
		Set<Language> named = EnumSet.noneOf(Language.class);
		rows.forEach((row) -> named.add(row.getLanguage()));
		return named.contains(Language.RUST) && named.contains(Language.GO);
	}

}
