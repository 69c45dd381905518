package dev.rustvsgo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the seeded data against the archived articles, on the real Flyway migrations.
 */
@DataJpaTest
class SeedDataTests {

	/**
	 * Whitespace, Unicode-aware (includes no-break spaces): the only thing allowed to
	 * differ in a quote.
	 */
	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyQuoteIsVerbatimInItsArchivedArticle() throws IOException {
		Map<String, String> archive = normalisedArchives();
		List<String> problems = new java.util.ArrayList<>();
		for (String table : List.of("verdict", "claim")) {
			List<Map<String, Object>> rows = this.jdbc
				.sql("SELECT t.id, s.slug, t.quote FROM " + table
						+ " t JOIN source s ON s.id = t.source_id ORDER BY t.id")
				.query()
				.listOfRows();
			assertThat(rows).as(table + " rows").isNotEmpty();
			for (Map<String, Object> row : rows) {
				String quote = normalise((String) row.get("QUOTE"));
				if (quote.isEmpty() || !archive.get((String) row.get("SLUG")).contains(quote)) {
					problems.add(table + " " + row.get("ID") + " (" + row.get("SLUG") + "): " + row.get("QUOTE"));
				}
			}
		}
		assertThat(problems).as("quotes not found verbatim in their source's archived text").isEmpty();
	}

	@Test
	void everyClaimAndVerdictPointsAtAnExistingSourceAndDimension() {
		for (String table : List.of("verdict", "claim")) {
			long total = this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
			long linked = this.jdbc
				.sql("SELECT COUNT(*) FROM " + table + " t JOIN source s ON s.id = t.source_id"
						+ " JOIN dimension d ON d.id = t.dimension_id")
				.query(Long.class)
				.single();
			assertThat(total).as(table + " rows").isPositive();
			assertThat(linked).as(table + " rows linked to a source and a dimension").isEqualTo(total);
		}
	}

	@Test
	void everySourceHasAnArchivedTextAndEveryArticleIsSeeded() throws IOException {
		List<String> files = this.jdbc.sql("SELECT archive_file FROM source ORDER BY slug").query(String.class).list();
		assertThat(files).hasSize(5);
		for (String file : files) {
			assertThat(Path.of(file)).isRegularFile();
		}
		try (var archived = Files.list(Path.of("docs/sources"))) {
			assertThat(archived.count()).isEqualTo(files.size());
		}
	}

	@Test
	void archivedTextsAreUnchangedCopiesOfTheSharedSeeds() throws IOException {
		Path seeds = Path.of("..", "shared", "seeds");
		assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project");
		List<Map<String, Object>> rows = this.jdbc.sql("SELECT archive_file, seed_file FROM source")
			.query()
			.listOfRows();
		for (Map<String, Object> row : rows) {
			byte[] archived = Files.readAllBytes(Path.of((String) row.get("ARCHIVE_FILE")));
			byte[] seed = Files.readAllBytes(seeds.resolve((String) row.get("SEED_FILE")));
			assertThat(archived).as((String) row.get("ARCHIVE_FILE")).isEqualTo(seed);
		}
	}

	@Test
	void everySourceWithoutTitleAuthorOrDateSaysSo() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT slug, title, author, published_on, metadata_note FROM source ORDER BY slug")
			.query()
			.listOfRows();
		for (Map<String, Object> row : rows) {
			String note = ((String) row.get("METADATA_NOTE")).toLowerCase();
			if (row.get("TITLE") == null) {
				assertThat(note).as(row.get("SLUG") + " note").contains("no title");
			}
			if (row.get("PUBLISHED_ON") == null) {
				assertThat(note).as(row.get("SLUG") + " note").containsAnyOf("date", "dated");
			}
		}
		// Only one article names its author.
		assertThat(rows).filteredOn((row) -> row.get("AUTHOR") != null)
			.extracting((row) -> row.get("AUTHOR"))
			.containsExactly("Ashish Galiyan");
	}

	private Map<String, String> normalisedArchives() throws IOException {
		Map<String, String> archive = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.sql("SELECT slug, archive_file FROM source").query().listOfRows()) {
			archive.put((String) row.get("SLUG"),
					normalise(Files.readString(Path.of((String) row.get("ARCHIVE_FILE")))));
		}
		return archive;
	}

	static String normalise(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

}
