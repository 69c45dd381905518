package dev.rustvsgo.contradiction;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * Finds where the articles disagree. VERDICT and FIGURE contradictions are derived from
 * the verdicts and figures, so that a new verdict or figure shows up on its own; CLAIM
 * contradictions are the curated ones of the article data files. All three are derived
 * once, when the service is created at start-up, from the in-memory stores of the other
 * features; a request only filters them.
 */
@Service
public class ContradictionService {

	private final DimensionCatalog dimensions;

	private final SourceCatalog sources;

	private final VerdictQueries verdicts;

	private final FigureQueries figures;

	private final ClaimQueries claims;

	/** The contradictions of each kind, in the order {@link #find} lists them. */
	private final Map<ContradictionKind, List<Contradiction>> byKind = new EnumMap<>(ContradictionKind.class);

	ContradictionService(DimensionCatalog dimensions, SourceCatalog sources, VerdictQueries verdicts,
			FigureQueries figures, ClaimQueries claims, ClaimContradictionRepository curated,
			ClaimContradictionSideRepository curatedSides) {
		this.dimensions = dimensions;
		this.sources = sources;
		this.verdicts = verdicts;
		this.figures = figures;
		this.claims = claims;
		this.byKind.put(ContradictionKind.VERDICT, List.copyOf(verdictContradictions()));
		this.byKind.put(ContradictionKind.FIGURE, List.copyOf(figureContradictions()));
		this.byKind.put(ContradictionKind.CLAIM, List.copyOf(claimContradictions(curated, curatedSides)));
	}

	/**
	 * The contradictions, verdicts first (in dimension order), then figures (by metric
	 * and subject), then the curated claims.
	 * @param dimensionSlugs only about these dimensions; empty for all
	 * @param sourceSlugs only those with a side from one of these articles; empty for all
	 * @param kinds only these kinds; empty for all
	 * @throws dev.rustvsgo.web.problem.InvalidParameterException for an unknown dimension
	 * or source slug
	 */
	public List<Contradiction> find(List<String> dimensionSlugs, List<String> sourceSlugs,
			List<ContradictionKind> kinds) {
		this.dimensions.index().idsOf("dimension", dimensionSlugs);
		this.sources.index().idsOf("source", sourceSlugs);
		List<Contradiction> found = new ArrayList<>();
		for (ContradictionKind kind : List.of(ContradictionKind.VERDICT, ContradictionKind.FIGURE,
				ContradictionKind.CLAIM)) {
			if (kinds.isEmpty() || kinds.contains(kind)) {
				found.addAll(this.byKind.get(kind));
			}
		}
		return found.stream()
			.filter((contradiction) -> dimensionSlugs.isEmpty()
					|| (contradiction.dimension() != null && dimensionSlugs.contains(contradiction.dimension().slug())))
			.filter((contradiction) -> sourceSlugs.isEmpty()
					|| contradiction.sides().stream().anyMatch((side) -> sourceSlugs.contains(side.source().slug())))
			.toList();
	}

	/** A dimension whose verdicts name more than one winner ({@code DEPENDS} counts). */
	private List<Contradiction> verdictContradictions() {
		Map<String, List<Verdict>> byDimension = new LinkedHashMap<>();
		for (Verdict verdict : this.verdicts.find(List.of(), List.of(), List.of(), List.of())) {
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

	/** Numbers from here on are written with thousands separators ("140,000"). */
	private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

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
			String summary = "The articles give different values for " + first.metric() + " (" + subject(first) + "): "
					+ figures.stream().map(ContradictionService::quantity).collect(Collectors.joining("; ")) + ".";
			found.add(new Contradiction(ContradictionKind.FIGURE, dimension, summary, null, sides));
		}
		return found;
	}

	/** The curated contradictions between claims. */
	private List<Contradiction> claimContradictions(ClaimContradictionRepository curated,
			ClaimContradictionSideRepository curatedSides) {
		Map<Long, List<Long>> sideClaims = new LinkedHashMap<>();
		curatedSides.findAllByOrderByContradictionIdAscPositionAsc()
			.forEach((side) -> sideClaims.computeIfAbsent(side.getContradictionId(), (id) -> new ArrayList<>())
				.add(side.getClaimId()));
		Map<Long, Claim> claimsById = this.claims
			.findAllById(sideClaims.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Claim::id, Function.identity()));
		List<Contradiction> found = new ArrayList<>();
		for (ClaimContradictionEntity contradiction : curated.findAllByOrderByIdAsc()) {
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

	/** Whom a figure is about, as a reader names it: "Rust", "Go", "both". */
	private static String subject(Figure figure) {
		return switch (figure.subject()) {
			case RUST -> "Rust";
			case GO -> "Go";
			case BOTH -> "both";
		};
	}

	/**
	 * A figure's quantity as people write it: "140,000+ packages", "2-4 weeks", "up to 1
	 * week", "~2 KB" (a unit in the singular after exactly one; thousands grouped from
	 * 10,000; a calendar year as the bare year).
	 */
	static String quantity(Figure figure) {
		String prefix = figure.approximate() ? "~" : "";
		String amount;
		BigDecimal last;
		if (figure.value() != null) {
			amount = number(figure.value());
			last = figure.value();
		}
		else if (figure.upper() == null) {
			amount = number(figure.lower()) + "+";
			last = null;
		}
		else if (figure.lower() == null) {
			amount = "up to " + number(figure.upper());
			last = figure.upper();
		}
		else {
			amount = number(figure.lower()) + "-" + number(figure.upper());
			last = null;
		}
		String unit = figure.unit();
		if ("year".equals(unit)) {
			return prefix + amount;
		}
		if ("%".equals(unit) || "x".equals(unit)) {
			return prefix + amount + unit;
		}
		boolean one = last != null && last.compareTo(BigDecimal.ONE) == 0;
		return prefix + amount + " " + (one ? singular(unit) : unit);
	}

	private static String number(BigDecimal number) {
		if (number.abs().compareTo(GROUPED_FROM) >= 0) {
			return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
		}
		return number.stripTrailingZeros().toPlainString();
	}

	/** "weeks" after 1 reads "week"; a unit that is no English plural stays. */
	private static String singular(String unit) {
		if (unit.endsWith("ies")) {
			return unit.substring(0, unit.length() - 3) + "y";
		}
		if (unit.endsWith("s") && !unit.endsWith("ss") && unit.length() > 2) {
			return unit.substring(0, unit.length() - 1);
		}
		return unit;
	}

}
