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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the data the data files load against the archived articles, on the real Flyway
 * migrations.
 */
@DataJpaTest(showSql = false)
@Import(TestData.Loaded.class)
class SeedDataTests {

	/**
	 * Whitespace, Unicode-aware (includes no-break spaces): the only thing allowed to
	 * differ in a quote.
	 */
	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Every table with quotes: the query gives each row's id, its source's slug and its
	 * quote.
	 */
	private static final Map<String, String> QUOTES = Map.of("verdict",
			"SELECT t.id, s.slug, t.quote FROM verdict t JOIN source s ON s.id = t.source_id", "claim",
			"SELECT t.id, s.slug, t.quote FROM claim t JOIN source s ON s.id = t.source_id", "verdict_condition",
			"SELECT c.id, s.slug, c.quote FROM verdict_condition c JOIN verdict v ON v.id = c.verdict_id"
					+ " JOIN source s ON s.id = v.source_id",
			"use_case_recommendation",
			"SELECT t.id, s.slug, t.quote FROM use_case_recommendation t JOIN source s ON s.id = t.source_id", "figure",
			"SELECT t.id, s.slug, t.quote FROM figure t JOIN source s ON s.id = t.source_id", "adoption",
			"SELECT t.id, s.slug, t.quote FROM adoption t JOIN source s ON s.id = t.source_id");

	@Test
	void everyQuoteIsVerbatimInItsArchivedArticle() throws IOException {
		Map<String, String> archive = normalisedArchives();
		List<String> problems = new java.util.ArrayList<>();
		for (Map.Entry<String, String> table : QUOTES.entrySet()) {
			List<Map<String, Object>> rows = this.jdbc.sql(table.getValue()).query().listOfRows();
			assertThat(rows).as(table.getKey() + " rows").isNotEmpty();
			for (Map<String, Object> row : rows) {
				String quote = normalise((String) row.get("QUOTE"));
				if (quote.isEmpty() || !archive.get((String) row.get("SLUG")).contains(quote)) {
					problems
						.add(table.getKey() + " " + row.get("ID") + " (" + row.get("SLUG") + "): " + row.get("QUOTE"));
				}
			}
		}
		assertThat(problems).as("quotes not found verbatim in their source's archived text").isEmpty();
	}

	/** The new quotes (V9 on) are exact copies: not even whitespace differs. */
	@Test
	void answerQuotesAreExactCopies() throws IOException {
		Map<String, String> archive = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.sql("SELECT slug, archive_file FROM source").query().listOfRows()) {
			archive.put((String) row.get("SLUG"), Files.readString(Path.of((String) row.get("ARCHIVE_FILE"))));
		}
		List<String> problems = new java.util.ArrayList<>();
		for (String table : List.of("verdict_condition", "use_case_recommendation", "figure", "adoption")) {
			for (Map<String, Object> row : this.jdbc.sql(QUOTES.get(table)).query().listOfRows()) {
				if (!archive.get((String) row.get("SLUG")).contains((String) row.get("QUOTE"))) {
					problems.add(table + " " + row.get("ID") + ": " + row.get("QUOTE"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyArticleHasOneOverallVerdictAndEveryDependsVerdictConditionsForBothSides() {
		assertThat(this.jdbc
			.sql("SELECT s.slug FROM verdict v JOIN source s ON s.id = v.source_id"
					+ " JOIN dimension d ON d.id = v.dimension_id WHERE d.slug = 'overall' ORDER BY s.slug")
			.query(String.class)
			.list()).containsExactlyElementsOf(TestData.REAL.sourceSlugs()).containsAll(TestData.FIRST_ARTICLES);
		List<String> dependsWithoutBothSides = this.jdbc.sql(
				"SELECT CAST(v.id AS VARCHAR(20)) FROM verdict v WHERE v.winner = 'DEPENDS' AND (SELECT COUNT(DISTINCT c.favors)"
						+ " FROM verdict_condition c WHERE c.verdict_id = v.id) < 2")
			.query(String.class)
			.list();
		assertThat(dependsWithoutBothSides).as("DEPENDS verdicts without a condition for each side").isEmpty();
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM verdict_condition c JOIN verdict v ON v.id = c.verdict_id"
					+ " WHERE v.winner <> 'DEPENDS'")
			.query(Long.class)
			.single()).as("conditions of verdicts that name a side").isZero();
	}

	@Test
	void everyFigureGivesAQuantityThatItsQuoteContainsAndLinksItsClaimWhenOneQuotesIt() {
		List<Map<String, Object>> figures = this.jdbc.sql(
				"SELECT f.id, f.quote, f.claim_id, c.quote AS claim_quote FROM figure f LEFT JOIN claim c ON c.id = f.claim_id")
			.query()
			.listOfRows();
		assertThat(figures).hasSize(TestData.REAL.figures());
		// Every figure in the data files is given under the claim that quotes it.
		assertThat(figures).filteredOn((row) -> row.get("CLAIM_ID") != null).hasSize(TestData.REAL.figures());
		for (Map<String, Object> row : figures) {
			if (row.get("CLAIM_QUOTE") != null) {
				String figure = normalise((String) row.get("QUOTE"));
				String claim = normalise((String) row.get("CLAIM_QUOTE"));
				assertThat(overlap(figure, claim)).as("figure %s quotes %s, its claim %s", row.get("ID"), figure, claim)
					.isTrue();
			}
		}
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
		assertThat(files).hasSize(TestData.REAL.sources());
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
		// Of the first five articles, only one names its author.
		assertThat(rows).filteredOn((row) -> TestData.FIRST_ARTICLES.contains(row.get("SLUG")))
			.hasSameSizeAs(TestData.FIRST_ARTICLES)
			.filteredOn((row) -> row.get("AUTHOR") != null)
			.extracting((row) -> row.get("AUTHOR"))
			.containsExactly("Ashish Galiyan");
	}

	/**
	 * Whether the two quotes share a run of 20 characters (or one contains the other).
	 */
	private static boolean overlap(String a, String b) {
		if (a.contains(b) || b.contains(a)) {
			return true;
		}
		for (int i = 0; i + 20 <= a.length(); i++) {
			if (b.contains(a.substring(i, i + 20))) {
				return true;
			}
		}
		return false;
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
