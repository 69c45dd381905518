package dev.rustvsgo.figure;

import java.math.BigDecimal;
import java.util.List;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.InvalidParameterException;
import dev.rustvsgo.web.paging.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The figures, read once from the database when the application starts (one SQL
 * statement, after Flyway has loaded the data) into an immutable in-memory list in
 * article order, with their anchors; every method answers from that list, without the
 * database.
 */
@Service
public class FigureQueries {

	private final List<Figure> figures;

	/** Every metric a figure has, in alphabetical order (the values of the filter). */
	private final List<String> metrics;

	private final SourceCatalog sources;

	FigureQueries(FigureRepository repository, SourceCatalog sources, Anchors anchors) {
		this.figures = repository.findAll(Sort.by("id"))
			.stream()
			.map((entity) -> toFigure(entity, sources, anchors))
			.toList();
		this.metrics = this.figures.stream().map(Figure::metric).distinct().sorted().toList();
		this.sources = sources;
	}

	/**
	 * One page of the matching figures in article order.
	 * @param metrics only these metrics; empty for all; 400 problem for an unknown one
	 * @param sourceSlugs only these sources; empty for all; 400 problem for an unknown
	 * one
	 * @param subjects only these subjects; empty for all
	 */
	Page<Figure> find(List<String> metrics, List<String> sourceSlugs, List<Language> subjects, Pageable pageable) {
		for (String metric : metrics) {
			if (!this.metrics.contains(metric)) {
				throw new InvalidParameterException("metric", metric, "unknown metric", this.metrics);
			}
		}
		this.sources.index().idsOf("source", sourceSlugs);
		List<Figure> matches = this.figures.stream()
			.filter((figure) -> metrics.isEmpty() || metrics.contains(figure.metric()))
			.filter((figure) -> sourceSlugs.isEmpty() || sourceSlugs.contains(figure.source().slug()))
			.filter((figure) -> subjects.isEmpty() || subjects.contains(figure.subject()))
			.toList();
		return Paging.page(matches, pageable);
	}

	/**
	 * The number as the article writes it, without the column's trailing decimal zeros
	 * (140000, not 140000.0000; 1.5 stays 1.5).
	 */
	private static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** Every figure, in article order. */
	public List<Figure> all() {
		return this.figures;
	}

	private static Figure toFigure(FigureEntity entity, SourceCatalog sources, Anchors anchors) {
		Long claimId = entity.getClaimId();
		SourceRef source = sources.refOf(entity.getSourceId());
		return new Figure(entity.getId(), source, entity.getMetric(), entity.getSubject(), plain(entity.getValue()),
				plain(entity.getLower()), plain(entity.getUpper()), entity.getUnit(), entity.isApproximate(),
				entity.getStatement(), entity.getQuote(), claimId, (claimId != null) ? "/api/claims/" + claimId : null,
				anchors.of(source.slug(), entity.getQuote()));
	}

}
