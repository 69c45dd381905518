package dev.rustvsgo.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.rustvsgo.adopter.AdopterDetail;
import dev.rustvsgo.adopter.AdopterQueries;
import dev.rustvsgo.adopter.AdoptionStatement;
import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimFilter;
import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.claim.Favors;
import dev.rustvsgo.contradiction.Contradiction;
import dev.rustvsgo.contradiction.ContradictionKind;
import dev.rustvsgo.contradiction.ContradictionService;
import dev.rustvsgo.contradiction.Side;
import dev.rustvsgo.figure.Figure;
import dev.rustvsgo.figure.FigureQueries;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.usecase.Recommendation;
import dev.rustvsgo.usecase.UseCaseDetail;
import dev.rustvsgo.usecase.UseCaseQueries;
import dev.rustvsgo.verdict.Condition;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.verdict.Winner;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every item that carries a quote, read from the in-memory model of the other features:
 * verdicts, their conditions, use-case recommendations, claims, figures, adoption
 * statements and the sides of the curated contradictions, in that order.
 */
final class SearchItems {

	private SearchItems() {
	}

	static List<SearchItem> of(VerdictQueries verdicts, UseCaseQueries useCases, ClaimQueries claims,
			FigureQueries figures, AdopterQueries adopters, ContradictionService contradictions) {
		List<SearchItem> items = new ArrayList<>();
		List<Verdict> allVerdicts = verdicts.find(List.of(), List.of(), List.of(), List.of());
		for (Verdict verdict : allVerdicts) {
			items.add(new SearchItem(SearchType.VERDICT, verdict.id(), verdictLink(verdict), verdict.source(),
					verdict.dimension(), topic(verdict.dimension()), language(verdict.winner()), verdict.rationale(),
					verdict.quote(), verdict.anchor(), verdict.dimension().name()));
		}
		for (Verdict verdict : allVerdicts) {
			for (Condition condition : verdict.conditions()) {
				items.add(new SearchItem(SearchType.CONDITION, verdict.id(), verdictLink(verdict), verdict.source(),
						verdict.dimension(), topic(verdict.dimension()), language(condition.favors()),
						condition.condition(), condition.quote(), condition.anchor(), verdict.dimension().name()));
			}
		}
		for (UseCaseDetail useCase : useCases.all()) {
			String slug = useCase.useCase().slug();
			for (Recommendation recommendation : useCase.recommendations()) {
				items.add(new SearchItem(SearchType.RECOMMENDATION, null, "/api/use-cases/" + slug,
						recommendation.source(), null, new SearchTopic(slug, useCase.useCase().name()),
						recommendation.language(), recommendation.statement(), recommendation.quote(),
						recommendation.anchor(), useCase.useCase().name()));
			}
		}
		for (Claim claim : claims.findAll(ClaimFilter.ALL)) {
			items.add(new SearchItem(SearchType.CLAIM, claim.id(), "/api/claims/" + claim.id(), claim.source(),
					claim.dimension(), topic(claim.dimension()), language(claim.favors()), claim.statement(),
					claim.quote(), claim.anchor(), claim.dimension().name()));
		}
		for (Figure figure : figures.all()) {
			DimensionRef dimension = (figure.claimId() != null) ? claims.findAllById(List.of(figure.claimId()))
				.stream()
				.map(Claim::dimension)
				.findFirst()
				.orElse(null) : null;
			String link = UriComponentsBuilder.fromPath("/api/figures")
				.queryParam("metric", figure.metric())
				.queryParam("source", figure.source().slug())
				.build()
				.toUriString();
			// The metric's words ("salary-premium" is "salary premium") and its unit are
			// searched.
			items.add(new SearchItem(SearchType.FIGURE, figure.id(), link, figure.source(), dimension,
					new SearchTopic(figure.metric(), figure.metric()), figure.subject(), figure.statement(),
					figure.quote(), figure.anchor(), figure.metric().replace('-', ' ') + " " + figure.unit()));
		}
		for (AdopterDetail adopter : adopters.all()) {
			String slug = adopter.organisation().slug();
			for (AdoptionStatement statement : adopter.statements()) {
				items.add(new SearchItem(SearchType.ADOPTION, null, "/api/adopters/" + slug, statement.source(), null,
						new SearchTopic(slug, adopter.organisation().name()), statement.language(),
						statement.statement(), statement.quote(), statement.anchor(), adopter.organisation().name()
								+ ((statement.purpose() != null) ? " " + statement.purpose() : "")));
			}
		}
		for (Contradiction contradiction : contradictions.find(List.of(), List.of(),
				List.of(ContradictionKind.CLAIM))) {
			DimensionRef dimension = contradiction.dimension();
			String link = "/api/contradictions?kind=CLAIM"
					+ ((dimension != null) ? "&dimension=" + dimension.slug() : "");
			SearchTopic about = (dimension != null) ? topic(dimension)
					: new SearchTopic("contradictions", "Contradictions");
			for (Side side : contradiction.sides()) {
				items.add(new SearchItem(SearchType.CONTRADICTION, null, link, side.source(), dimension, about, null,
						contradiction.summary(), side.quote(), side.anchor(),
						Objects.toString(contradiction.reason(), "")));
			}
		}
		return List.copyOf(items);
	}

	private static String verdictLink(Verdict verdict) {
		return "/api/verdicts?dimension=" + verdict.dimension().slug() + "&source=" + verdict.source().slug();
	}

	private static SearchTopic topic(DimensionRef dimension) {
		return new SearchTopic(dimension.slug(), dimension.name());
	}

	private static Language language(Winner winner) {
		return switch (winner) {
			case RUST -> Language.RUST;
			case GO -> Language.GO;
			case TIE, DEPENDS -> null;
		};
	}

	private static Language language(Favors favors) {
		return switch (favors) {
			case RUST -> Language.RUST;
			case GO -> Language.GO;
			case NEITHER -> null;
		};
	}

}
