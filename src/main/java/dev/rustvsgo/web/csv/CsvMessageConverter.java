package dev.rustvsgo.web.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV (Apache Commons CSV: CRLF line ends, fields
 * quoted where needed, quotes intact), UTF-8, with a {@code Content-Disposition} that
 * names the file. Only writes; the API reads nothing.
 */
public class CsvMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

	/** {@code text/csv} in UTF-8, as served. */
	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** {@code text/csv}, for {@code produces} attributes. */
	public static final String TEXT_CSV_VALUE = "text/csv";

	public CsvMessageConverter() {
		super(TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return CsvTable.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage message) {
		throw new HttpMessageNotReadableException("CSV is only written", message);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage message) throws IOException {
		message.getHeaders().setContentType(TEXT_CSV);
		message.getHeaders()
			.setContentDisposition(ContentDisposition.attachment().filename(table.csvFileName()).build());
		Writer writer = new OutputStreamWriter(message.getBody(), StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(table.csvHeader());
			for (List<Object> row : table.csvRows()) {
				printer.printRecord(row);
			}
		}
	}

}
