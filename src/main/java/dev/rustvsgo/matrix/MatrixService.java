package dev.rustvsgo.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;

import org.springframework.stereotype.Service;

/** Builds the matrix from the verdicts and the claim counts. */
@Service
class MatrixService {

	private final DimensionCatalog dimensions;

	private final SourceCatalog sources;

	private final VerdictQueries verdicts;

	private final ClaimQueries claims;

	MatrixService(DimensionCatalog dimensions, SourceCatalog sources, VerdictQueries verdicts, ClaimQueries claims) {
		this.dimensions = dimensions;
		this.sources = sources;
		this.verdicts = verdicts;
		this.claims = claims;
	}

	/**
	 * The grid, narrowed by the filters, from the in-memory verdicts and claim counts.
	 * @param dimensionSlugs only these rows (empty for all); 400 problem for an unknown
	 * one
	 * @param sourceSlugs only these columns (empty for all); 400 problem for an unknown
	 * one
	 * @param bases only verdicts with these bases (empty for all); other cells are empty
	 */
	Matrix matrix(List<String> dimensionSlugs, List<String> sourceSlugs, List<Basis> bases) {
		List<Long> dimensionIds = this.dimensions.index().idsOf("dimension", dimensionSlugs);
		List<Long> sourceIds = this.sources.index().idsOf("source", sourceSlugs);
		Map<String, Verdict> byCell = new HashMap<>();
		for (Verdict verdict : this.verdicts.find(dimensionIds, sourceIds, List.of(), bases)) {
			byCell.put(verdict.dimension().slug() + "|" + verdict.source().slug(), verdict);
		}
		List<Source> columns = this.sources.index()
			.all()
			.stream()
			.filter((source) -> sourceSlugs.isEmpty() || sourceSlugs.contains(source.slug()))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (Dimension dimension : this.dimensions.index().all()) {
			if (!dimensionSlugs.isEmpty() && !dimensionSlugs.contains(dimension.slug())) {
				continue;
			}
			List<Cell> cells = new ArrayList<>();
			for (Source source : columns) {
				String key = dimension.slug() + "|" + source.slug();
				long claims = this.claims.count(this.dimensions.index().idOf(dimension.slug()),
						this.sources.index().idOf(source.slug()));
				Verdict verdict = byCell.get(key);
				if (verdict != null) {
					cells.add(new Cell(source.slug(), Cell.State.VERDICT, verdict.winner(), verdict.basis(),
							verdict.id(), claims));
				}
				else {
					cells.add(new Cell(source.slug(), (claims > 0) ? Cell.State.NO_SIDE : Cell.State.NOT_DISCUSSED,
							null, null, null, claims));
				}
			}
			rows.add(new Row(dimension.toRef(), cells));
		}
		return new Matrix(columns.stream().map(Source::toRef).toList(), rows);
	}

}
