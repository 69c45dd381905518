package dev.rustvsgo.contradiction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.figure.Figure;
import dev.rustvsgo.figure.FigureQueries;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.verdict.Winner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds where the articles disagree. VERDICT and FIGURE contradictions are derived from
 * the data every time, so that a new verdict or figure shows up on its own; CLAIM
 * contradictions are the curated ones of migration V10.
 */
@Service
@Transactional(readOnly = true)
public class ContradictionService {

	private final DimensionCatalog dimensions;

	private final SourceCatalog sources;

	private final VerdictQueries verdicts;

	private final FigureQueries figures;

	private final ClaimQueries claims;

	private final ClaimContradictionRepository curated;

	private final ClaimContradictionSideRepository curatedSides;

	ContradictionService(DimensionCatalog dimensions, SourceCatalog sources, VerdictQueries verdicts,
			FigureQueries figures, ClaimQueries claims, ClaimContradictionRepository curated,
			ClaimContradictionSideRepository curatedSides) {
		this.dimensions = dimensions;
		this.sources = sources;
		this.verdicts = verdicts;
		this.figures = figures;
		this.claims = claims;
		this.curated = curated;
		this.curatedSides = curatedSides;
	}

	/**
	 * The contradictions, verdicts first (in dimension order), then figures (by metric
	 * and subject), then the curated claims: at most seven SQL statements.
	 * @param dimensionSlugs only about these dimensions; empty for all
	 * @param sourceSlugs only those with a side from one of these articles; empty for all
	 * @param kinds only these kinds; empty for all
	 */
	public List<Contradiction> find(List<String> dimensionSlugs, List<String> sourceSlugs,
			List<ContradictionKind> kinds) {
		List<Long> dimensionIds = this.dimensions.index().idsOf("dimension", dimensionSlugs);
		this.sources.index().idsOf("source", sourceSlugs);
		List<Contradiction> found = new ArrayList<>();
		if (kinds.isEmpty() || kinds.contains(ContradictionKind.VERDICT)) {
			found.addAll(verdictContradictions(dimensionIds));
		}
		if (kinds.isEmpty() || kinds.contains(ContradictionKind.FIGURE)) {
			found.addAll(figureContradictions());
		}
		if (kinds.isEmpty() || kinds.contains(ContradictionKind.CLAIM)) {
			found.addAll(claimContradictions());
		}
		return found.stream()
			.filter((contradiction) -> dimensionSlugs.isEmpty()
					|| (contradiction.dimension() != null && dimensionSlugs.contains(contradiction.dimension().slug())))
			.filter((contradiction) -> sourceSlugs.isEmpty()
					|| contradiction.sides().stream().anyMatch((side) -> sourceSlugs.contains(side.source().slug())))
			.toList();
	}

	/** A dimension whose verdicts name more than one winner ({@code DEPENDS} counts). */
	private List<Contradiction> verdictContradictions(List<Long> dimensionIds) {
		Map<String, List<Verdict>> byDimension = new LinkedHashMap<>();
		for (Verdict verdict : this.verdicts.find(dimensionIds, List.of(), List.of(), List.of())) {
			byDimension.computeIfAbsent(verdict.dimension().slug(), (slug) -> new ArrayList<>()).add(verdict);
		}
		List<Contradiction> found = new ArrayList<>();
		for (List<Verdict> verdicts : byDimension.values()) {
			Map<Winner, Long> counts = new EnumMap<>(Winner.class);
			verdicts.forEach((verdict) -> counts.merge(verdict.winner(), 1L, Long::sum));
			if (counts.size() < 2) {
				continue;
			}
			DimensionRef dimension = verdicts.get(0).dimension();
			String tally = counts.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + " (" + entry.getValue() + ")")
				.collect(Collectors.joining(", "));
			List<Side> sides = verdicts.stream()
				.map((verdict) -> new Side(verdict.source(), Position.ofWinner(verdict.winner()), verdict.quote(),
						verdict.anchor()))
				.toList();
			found.add(new Contradiction(ContradictionKind.VERDICT, dimension,
					"The articles give different winners on " + dimension.name().toLowerCase() + ": " + tally + ".",
					null, sides));
		}
		return found;
	}

	/** A metric and subject that articles give different values for. */
	private List<Contradiction> figureContradictions() {
		Map<String, List<Figure>> byMetric = new java.util.TreeMap<>();
		for (Figure figure : this.figures.all()) {
			byMetric.computeIfAbsent(figure.metric() + " " + figure.subject(), (key) -> new ArrayList<>()).add(figure);
		}
		Set<Long> claimIds = new HashSet<>();
		byMetric.values()
			.forEach(
					(figures) -> figures.stream().map(Figure::claimId).filter(Objects::nonNull).forEach(claimIds::add));
		Map<Long, Claim> claimsById = this.claims.findAllById(claimIds)
			.stream()
			.collect(Collectors.toMap(Claim::id, Function.identity()));
		List<Contradiction> found = new ArrayList<>();
		for (List<Figure> figures : byMetric.values()) {
			long sources = figures.stream().map((figure) -> figure.source().slug()).distinct().count();
			long values = figures.stream().map(ContradictionService::quantity).distinct().count();
			if (sources < 2 || values < 2) {
				continue;
			}
			Figure first = figures.get(0);
			DimensionRef dimension = figures.stream()
				.map(Figure::claimId)
				.filter(Objects::nonNull)
				.map(claimsById::get)
				.filter(Objects::nonNull)
				.map(Claim::dimension)
				.findFirst()
				.orElse(null);
			List<Side> sides = figures.stream()
				.map((figure) -> new Side(figure.source(),
						Position.ofFigure(figure.value(), figure.lower(), figure.upper(), figure.unit()),
						figure.quote(), figure.anchor()))
				.toList();
			String summary = "The articles give different values for " + first.metric() + " ("
					+ first.subject().name().toLowerCase() + "): "
					+ figures.stream().map(ContradictionService::quantity).collect(Collectors.joining("; ")) + ".";
			found.add(new Contradiction(ContradictionKind.FIGURE, dimension, summary, null, sides));
		}
		return found;
	}

	/** The curated contradictions between claims. */
	private List<Contradiction> claimContradictions() {
		Map<Long, List<Long>> sideClaims = new LinkedHashMap<>();
		this.curatedSides.findAllByOrderByContradictionIdAscPositionAsc()
			.forEach((side) -> sideClaims.computeIfAbsent(side.getContradictionId(), (id) -> new ArrayList<>())
				.add(side.getClaimId()));
		Map<Long, Claim> claimsById = this.claims
			.findAllById(sideClaims.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Claim::id, Function.identity()));
		List<Contradiction> found = new ArrayList<>();
		for (ClaimContradictionEntity contradiction : this.curated.findAllByOrderByIdAsc()) {
			List<Side> sides = sideClaims.getOrDefault(contradiction.getId(), List.of())
				.stream()
				.map(claimsById::get)
				.map((claim) -> new Side(claim.source(), Position.ofStatement(claim.statement()), claim.quote(),
						claim.anchor()))
				.toList();
			found.add(new Contradiction(ContradictionKind.CLAIM, this.dimensions.refOf(contradiction.getDimensionId()),
					contradiction.getSummary(), contradiction.getReason(), sides));
		}
		return found;
	}

	/** A figure's quantity as the article states it: "140000+ packages", "2-4 weeks". */
	private static String quantity(Figure figure) {
		String prefix = figure.approximate() ? "~" : "";
		String amount;
		if (figure.value() != null) {
			amount = plain(figure.value());
		}
		else if (figure.upper() == null) {
			amount = plain(figure.lower()) + "+";
		}
		else if (figure.lower() == null) {
			amount = "up to " + plain(figure.upper());
		}
		else {
			amount = plain(figure.lower()) + "-" + plain(figure.upper());
		}
		return prefix + amount + " " + figure.unit();
	}

	private static String plain(BigDecimal number) {
		return number.toPlainString();
	}

}
