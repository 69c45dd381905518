package dev.rustvsgo.web.csv;

import java.util.List;

/**
 * A response body that also has a tabular form, served as RFC 4180 CSV when the client
 * asks for {@code text/csv} (see {@link CsvMessageConverter}).
 */
public interface CsvTable {

	/** The header row. */
	List<String> csvHeader();

	/** One list of values per row, in the order of the header; a null value is empty. */
	List<List<Object>> csvRows();

	/** The file name offered in {@code Content-Disposition}, e.g. {@code matrix.csv}. */
	String csvFileName();

}
