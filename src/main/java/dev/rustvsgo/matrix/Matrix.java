package dev.rustvsgo.matrix;

import java.util.ArrayList;
import java.util.List;

import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.csv.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who wins where: dimensions as rows (display order), articles as columns (by slug).
 *
 * @param sources the columns
 * @param rows the dimensions, each with one cell per column
 */
@Schema(description = "The whole grid of verdicts: dimensions as rows in display order, articles as columns by slug, "
		+ "a cell per pair with the winner, basis and verdict id, or an explicit empty cell.")
public record Matrix(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SourceRef> sources,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> rows) implements CsvTable {

	/** The CSV header: {@code dimension}, then the source slugs. */
	@Override
	public List<String> csvHeader() {
		List<String> header = new ArrayList<>();
		header.add("dimension");
		this.sources.forEach((source) -> header.add(source.slug()));
		return header;
	}

	/**
	 * One row per dimension: its slug, then each cell's winner, empty without a verdict.
	 */
	@Override
	public List<List<Object>> csvRows() {
		List<List<Object>> rows = new ArrayList<>();
		for (Row row : this.rows) {
			List<Object> values = new ArrayList<>();
			values.add(row.dimension().slug());
			row.cells().forEach((cell) -> values.add(cell.winner()));
			rows.add(values);
		}
		return rows;
	}

	@Override
	public String csvFileName() {
		return "rust-vs-go-matrix.csv";
	}

}
