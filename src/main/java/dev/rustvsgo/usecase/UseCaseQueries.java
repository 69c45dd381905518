package dev.rustvsgo.usecase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * The use cases and the articles' recommendations, read once from the database when the
 * application starts (two SQL statements, after Flyway has loaded the data) into
 * immutable in-memory records with their anchors; every method answers from them, without
 * the database.
 */
@Service
public class UseCaseQueries {

	/** Every use case by slug, in display order, with its recommendations. */
	private final Map<String, UseCaseDetail> useCases;

	UseCaseQueries(UseCaseRepository useCases, RecommendationRepository recommendations, SourceCatalog sources,
			Anchors anchors) {
		Map<Long, List<RecommendationEntity>> byUseCase = new LinkedHashMap<>();
		for (RecommendationEntity row : recommendations.findAllByOrderByIdAsc()) {
			byUseCase.computeIfAbsent(row.getUseCaseId(), (id) -> new ArrayList<>()).add(row);
		}
		Map<String, UseCaseDetail> details = new LinkedHashMap<>();
		for (UseCaseEntity entity : useCases.findAllByOrderByPositionAsc()) {
			List<RecommendationEntity> rows = byUseCase.getOrDefault(entity.getId(), List.of());
			List<Recommendation> its = rows.stream().map((row) -> {
				SourceRef source = sources.refOf(row.getSourceId());
				return new Recommendation(source, row.getLanguage(), row.getStatement(), row.getQuote(),
						anchors.of(source.slug(), row.getQuote()));
			}).toList();
			UseCase useCase = entity.toUseCase();
			details.put(useCase.slug(), new UseCaseDetail(useCase, counts(rows), disagree(rows), its));
		}
		this.useCases = Collections.unmodifiableMap(details);
	}

	/**
	 * Every use case in display order with its article counts.
	 * @param languages only use cases with a recommendation of one of these; empty for
	 * all
	 */
	UseCaseList list(List<Language> languages) {
		return new UseCaseList(this.useCases.values()
			.stream()
			.filter((detail) -> languages.isEmpty() || detail.recommendations()
				.stream()
				.anyMatch((recommendation) -> languages.contains(recommendation.language())))
			.map((detail) -> new UseCaseSummary(detail.useCase(), detail.articles(), detail.sourcesDisagree()))
			.toList());
	}

	/** One use case with its recommendations; 404 when unknown. */
	UseCaseDetail get(String slug) {
		return find(slug).orElseThrow(() -> ResourceNotFoundException.forSlug("use case", slug, "/api/use-cases"));
	}

	/** The slugs of every use case, in display order. */
	public List<String> slugs() {
		return List.copyOf(this.useCases.keySet());
	}

	/** One use case with its recommendations, if the slug names one. */
	public Optional<UseCaseDetail> find(String slug) {
		return Optional.ofNullable(this.useCases.get(slug));
	}

	/** Every use case with its recommendations, in display order. */
	public List<UseCaseDetail> all() {
		return List.copyOf(this.useCases.values());
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
