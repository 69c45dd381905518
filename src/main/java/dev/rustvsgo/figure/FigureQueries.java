package dev.rustvsgo.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.InvalidParameterException;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads figures as API records. */
@Service
@Transactional(readOnly = true)
public class FigureQueries {

	private final FigureRepository figures;

	private final SourceCatalog sources;

	private final Anchors anchors;

	FigureQueries(FigureRepository figures, SourceCatalog sources, Anchors anchors) {
		this.anchors = anchors;
		this.figures = figures;
		this.sources = sources;
	}

	/**
	 * One page of the matching figures in article order: at most three SQL statements
	 * (the metrics when filtering by metric, the page, its count).
	 * @param metrics only these metrics; empty for all; 400 problem for an unknown one
	 * @param sourceSlugs only these sources; empty for all; 400 problem for an unknown
	 * one
	 * @param subjects only these subjects; empty for all
	 */
	Page<Figure> find(List<String> metrics, List<String> sourceSlugs, List<Language> subjects, Pageable pageable) {
		if (!metrics.isEmpty()) {
			List<String> known = this.figures.findMetrics();
			for (String metric : metrics) {
				if (!known.contains(metric)) {
					throw new InvalidParameterException("metric", metric, "unknown metric", known);
				}
			}
		}
		List<Long> sourceIds = this.sources.index().idsOf("source", sourceSlugs);
		Specification<FigureEntity> filter = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!metrics.isEmpty()) {
				predicates.add(root.get("metric").in(metrics));
			}
			if (!sourceIds.isEmpty()) {
				predicates.add(root.get("sourceId").in(sourceIds));
			}
			if (!subjects.isEmpty()) {
				predicates.add(root.get("subject").in(subjects));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id"));
		return this.figures.findAll(filter, ordered).map(this::toFigure);
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

	/** Every figure, in article order: one SQL statement. */
	public List<Figure> all() {
		return this.figures.findAll(Sort.by("id")).stream().map(this::toFigure).toList();
	}

	private Figure toFigure(FigureEntity entity) {
		Long claimId = entity.getClaimId();
		SourceRef source = this.sources.refOf(entity.getSourceId());
		return new Figure(entity.getId(), source, entity.getMetric(), entity.getSubject(), plain(entity.getValue()),
				plain(entity.getLower()), plain(entity.getUpper()), entity.getUnit(), entity.isApproximate(),
				entity.getStatement(), entity.getQuote(), claimId, (claimId != null) ? "/api/claims/" + claimId : null,
				this.anchors.of(source.slug(), entity.getQuote()));
	}

}
