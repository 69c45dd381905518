package dev.rustvsgo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP, asserting content taken from the articles. Run on
 * H2 by {@link H2ApiHttpTests} and on PostgreSQL by {@link PostgresApiHttpTests}.
 */
abstract class ApiHttpTests {

	@Autowired
	protected RestTestClient client;

	@LocalServerPort
	protected int port;

	@Test
	void comparesConcurrencyWithEachArticlesVerdictAndVerbatimQuotes() throws IOException {
		Map<String, Object> comparison = getJson("/api/dimensions/concurrency");
		List<Map<String, Object>> verdicts = list(comparison, "verdicts");
		assertThat(verdicts).extracting((verdict) -> slugOf(verdict.get("source")) + "=" + verdict.get("winner"))
			.contains("battle-for-the-future-of-backend=GO", "rust-vs-go-2025-which-backend-language=GO",
					"two-roads-one-destination=DEPENDS");
		for (Map<String, Object> verdict : verdicts) {
			assertVerbatim(slugOf(verdict.get("source")), (String) verdict.get("quote"));
		}
		Map<String, Object> consensus = map(comparison, "consensus");
		assertThat(consensus.get("verdicts")).isEqualTo(verdicts.size());
		assertThat(consensus.get("sourcesDisagree")).isEqualTo(true);
		Map<String, Object> claims = map(comparison, "claims");
		assertThat(list(claims, "go")).isNotEmpty()
			.allSatisfy((claim) -> assertThat(claim.get("favors")).isEqualTo("GO"));
		assertThat(list(claims, "rust")).isNotEmpty();
		for (String side : List.of("rust", "go", "neither")) {
			for (Map<String, Object> claim : list(claims, side)) {
				assertThat(slugOf(claim.get("dimension"))).isEqualTo("concurrency");
				assertVerbatim(slugOf(claim.get("source")), (String) claim.get("quote"));
			}
		}
	}

	@Test
	void listsEveryArticleAndLeavesUnstatedMetadataNull() {
		List<Map<String, Object>> sources = list(getJson("/api/sources"), "sources");
		assertThat(sources).extracting((source) -> source.get("slug"))
			.containsExactlyElementsOf(TestData.REAL.sourceSlugs());
		List<Map<String, Object>> first = sources.stream()
			.filter((source) -> TestData.FIRST_ARTICLES.contains(source.get("slug")))
			.toList();
		assertThat(first).hasSameSizeAs(TestData.FIRST_ARTICLES)
			.allSatisfy((source) -> assertThat(source.get("publishedOn")).isNull());
		assertThat(first).filteredOn((source) -> source.get("title") == null)
			.extracting((source) -> source.get("slug"))
			.containsExactly("go-for-a-job-rust-to-understand-computers");
	}

	@Test
	void servesAQuotedFigureWithItsSource() throws IOException {
		List<Map<String, Object>> claims = list(getJson("/api/claims?q=1.5×&kind=FIGURE"), "claims");
		assertThat(claims).isNotEmpty();
		Map<String, Object> claim = claims.get(0);
		assertThat(slugOf(claim.get("source"))).isEqualTo("two-roads-one-destination");
		assertThat((String) claim.get("quote")).contains("1.5× the throughput");
		assertVerbatim("two-roads-one-destination", (String) claim.get("quote"));
	}

	@Test
	void keepsBothSidesOfAContradictionBetweenArticles() {
		List<Map<String, Object>> larger = list(getJson("/api/claims?q=140,000"), "claims");
		List<Map<String, Object>> smaller = list(getJson("/api/claims?q=100,000"), "claims");
		assertThat(larger).extracting((claim) -> slugOf(claim.get("source"))).contains("practical-comparison-2026");
		assertThat(smaller).extracting((claim) -> slugOf(claim.get("source"))).contains("two-roads-one-destination");
	}

	@Test
	void listsDimensionsWithConsensusAndClaimCounts() {
		Map<String, Object> firstPage = getJson("/api/dimensions");
		List<Map<String, Object>> dimensions = list(firstPage, "dimensions");
		// The default page holds 50 dimensions at most; its total counts them all.
		assertThat(dimensions).hasSize(Math.min(TestData.REAL.dimensions(), 50));
		assertThat(map(firstPage, "page").get("totalElements")).isEqualTo(TestData.REAL.dimensions());
		assertThat(dimensions).extracting((dimension) -> dimension.get("slug"))
			.contains("performance", "memory", "concurrency", "safety", "error-handling", "learning-curve",
					"compile-speed", "tooling", "ecosystem", "community", "adoption", "job-market", "maintainability",
					"use-cases", "philosophy");
		Map<String, Object> learning = dimensions.stream()
			.filter((dimension) -> "learning-curve".equals(dimension.get("slug")))
			.findFirst()
			.orElseThrow();
		assertThat(map(learning, "consensus").get("leading")).isEqualTo("GO");
		assertThat(((Number) learning.get("claimCount")).intValue()).isPositive();
	}

	@Test
	void everyArticleHasAnOverallVerdictAndADependsVerdictCarriesConditionsForBothSides() {
		List<Map<String, Object>> overall = list(getJson("/api/verdicts?dimension=overall"), "verdicts");
		assertThat(overall).extracting((verdict) -> slugOf(verdict.get("source")))
			.containsExactlyInAnyOrderElementsOf(TestData.REAL.sourceSlugs())
			.containsAll(TestData.FIRST_ARTICLES);
		Map<String, Object> battle = overall.stream()
			.filter((verdict) -> "battle-for-the-future-of-backend".equals(slugOf(verdict.get("source"))))
			.findFirst()
			.orElseThrow();
		assertThat(battle.get("winner")).isEqualTo("DEPENDS");
		assertThat(battle.get("basis")).isEqualTo("STATED");
		assertThat(list(battle, "conditions"))
			.extracting((condition) -> condition.get("favors") + ": " + condition.get("quote"))
			.containsExactly("RUST: Choose Rust if you need maximum performance, security, and memory safety.",
					"GO: Choose Go if you want scalable, easy-to-maintain, and cloud-native applications.");
		Map<String, Object> performance = list(
				getJson("/api/verdicts?dimension=performance&source=battle-for-the-future-of-backend"), "verdicts")
			.get(0);
		assertThat(list(performance, "conditions")).extracting((condition) -> condition.get("favors"))
			.containsExactly("RUST", "GO");
	}

	@Test
	void filtersVerdictsAndConsensusByBasis() {
		List<Map<String, Object>> implied = list(getJson("/api/verdicts?basis=IMPLIED&dimension=error-handling"),
				"verdicts");
		assertThat(implied).extracting((verdict) -> slugOf(verdict.get("source")) + "=" + verdict.get("winner"))
			.contains("go-for-a-job-rust-to-understand-computers=RUST")
			.doesNotContain("two-roads-one-destination=RUST");
		assertThat(implied).allSatisfy((verdict) -> assertThat(verdict.get("basis")).isEqualTo("IMPLIED"));
		// Two Roads words the contrast in its comparison table, so its verdict is stated.
		assertThat(list(getJson("/api/verdicts?basis=STATED&dimension=error-handling"), "verdicts"))
			.extracting((verdict) -> slugOf(verdict.get("source")) + "=" + verdict.get("quote"))
			.contains("two-roads-one-destination=Result types (Result) force explicit handling. Error values "
					+ "(if err != nil)—simple but easy to ignore.");
		Map<String, Object> all = map(getJson("/api/dimensions/error-handling"), "consensus");
		Map<String, Object> stated = map(getJson("/api/dimensions/error-handling?basis=STATED"), "consensus");
		assertThat((int) stated.get("verdicts")).isLessThan((int) all.get("verdicts"));
	}

	@Test
	void tellsAnArticleThatDiscussesADimensionWithoutASideFromOneThatNeverDoes() {
		List<Map<String, Object>> without = list(getJson("/api/dimensions/concurrency"), "sourcesWithoutVerdict");
		List<String> withoutVerdict = new ArrayList<>(TestData.REAL.sourceSlugs());
		withoutVerdict.removeAll(TestData.REAL.sourcesWithVerdictOn("concurrency"));
		assertThat(without).extracting((source) -> slugOf(source.get("source")))
			.containsExactlyInAnyOrderElementsOf(withoutVerdict);
		assertThat(without).filteredOn((source) -> "practical-comparison-2026".equals(slugOf(source.get("source"))))
			.singleElement()
			.satisfies((source) -> {
				assertThat(source.get("discussed")).isEqualTo(true);
				assertThat((int) source.get("claims")).isPositive();
			});
		List<Map<String, Object>> jobs = list(getJson("/api/dimensions/job-market"), "sourcesWithoutVerdict");
		assertThat(jobs).filteredOn((source) -> "two-roads-one-destination".equals(slugOf(source.get("source"))))
			.singleElement()
			.satisfies((source) -> assertThat(source.get("discussed")).isEqualTo(false));
	}

	@Test
	void articlesRecommendRustForWebAssemblyAndFinancialSystemsDivideThem() {
		Map<String, Object> webassembly = getJson("/api/use-cases/webassembly");
		assertThat(map(webassembly, "articles"))
			.containsEntry("rust", TestData.REAL.articlesRecommending("webassembly", "RUST"))
			.containsEntry("go", TestData.REAL.articlesRecommending("webassembly", "GO"));
		assertThat(list(webassembly, "recommendations"))
			.extracting((recommendation) -> slugOf(recommendation.get("source")) + "=" + recommendation.get("language"))
			.contains("practical-comparison-2026=RUST", "go-for-a-job-rust-to-understand-computers=RUST");
		Map<String, Object> financial = getJson("/api/use-cases/financial-systems");
		assertThat(financial.get("sourcesDisagree")).isEqualTo(true);
		assertThat(list(financial, "recommendations")).extracting((recommendation) -> recommendation.get("quote"))
			.contains("Go’s memory safety (without Rust’s complexity) makes it a stronger choice than C++ for some "
					+ "financial applications.");
		assertThat(list(getJson("/api/use-cases?language=BOTH"), "useCases"))
			.extracting((useCase) -> map(useCase, "useCase").get("slug"))
			.containsExactlyElementsOf(TestData.REAL.useCasesRecommending("BOTH"))
			.contains("networking");
	}

	@Test
	void dropboxIsOneOrganisationNamedUnderBothLanguages() {
		List<Map<String, Object>> both = list(getJson("/api/adopters?language=BOTH"), "adopters");
		assertThat(both).extracting((adopter) -> map(adopter, "organisation").get("slug"))
			.contains("dropbox", "cloudflare", "discord");
		Map<String, Object> dropbox = getJson("/api/adopters/dropbox");
		assertThat(list(dropbox, "statements"))
			.extracting((statement) -> statement.get("language") + " " + statement.get("purpose"))
			.contains("RUST storage system components", "GO file synchronization and backend services");
	}

	@Test
	void cratesIoFiguresOfTwoArticlesAreOpenBoundsLinkedToTheirClaims() {
		List<Map<String, Object>> figures = list(getJson("/api/figures?metric=crates-io-packages"), "figures");
		assertThat(figures).extracting((figure) -> slugOf(figure.get("source")) + " " + figure.get("lower"))
			.contains("practical-comparison-2026 140000", "two-roads-one-destination 100000");
		assertThat(figures)
			.filteredOn((figure) -> List.of("practical-comparison-2026", "two-roads-one-destination")
				.contains(slugOf(figure.get("source"))))
			.allSatisfy((figure) -> assertThat(figure.get("value")).isNull());
		for (Map<String, Object> figure : figures) {
			Map<String, Object> claim = getJson((String) figure.get("claim"));
			assertThat((String) claim.get("quote")).contains(((String) figure.get("quote")).substring(0, 12));
		}
		List<Map<String, Object>> ranges = list(getJson("/api/figures?metric=time-to-productive&subject=GO"),
				"figures");
		assertThat(ranges)
			.extracting((figure) -> figure.get("lower") + "-" + figure.get("upper") + " " + figure.get("unit"))
			.contains("2-4 weeks");
	}

	@Test
	void servesTheMatrixWithACellPerVerdictAndExplicitEmptyCells() {
		Map<String, Object> matrix = getJson("/api/matrix");
		assertThat(list(matrix, "sources")).hasSize(TestData.REAL.sources());
		List<Map<String, Object>> rows = list(matrix, "rows");
		assertThat(rows).hasSize(TestData.REAL.dimensions())
			.allSatisfy((row) -> assertThat(list(row, "cells")).hasSize(TestData.REAL.sources()));
		long withVerdict = rows.stream()
			.flatMap((row) -> list(row, "cells").stream())
			.filter((cell) -> "VERDICT".equals(cell.get("state")))
			.count();
		assertThat(withVerdict)
			.isEqualTo(map(getJson("/api/verdicts?size=1"), "page").get("totalElements") instanceof Integer total
					? total.longValue() : -1);
		Map<String, Object> jobs = rows.stream()
			.filter((row) -> "job-market".equals(map(row, "dimension").get("slug")))
			.findFirst()
			.orElseThrow();
		assertThat(list(jobs, "cells")).filteredOn((cell) -> "two-roads-one-destination".equals(cell.get("source")))
			.singleElement()
			.satisfies((cell) -> {
				assertThat(cell.get("state")).isEqualTo("NOT_DISCUSSED");
				assertThat(cell.get("winner")).isNull();
			});
	}

	@Test
	void servesTheMatrixAsCsvWithAHeaderOfSourceSlugs() throws Exception {
		HttpResponse<byte[]> csv = rawGet("/api/matrix", HttpHeaders.ACCEPT, "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue(HttpHeaders.CONTENT_DISPOSITION))
			.hasValue("attachment; filename=\"rust-vs-go-matrix.csv\"");
		assertThat(csv.headers().firstValue(HttpHeaders.ETAG)).isPresent();
		String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("dimension," + String.join(",", TestData.REAL.sourceSlugs()));
		assertThat(lines).hasSize(1 + TestData.REAL.dimensions());
		// The first five articles' cells, by column.
		List<String> columns = List.of(lines[0].split(",", -1));
		Map<String, List<String>> rows = new java.util.HashMap<>();
		for (String line : lines) {
			List<String> cells = List.of(line.split(",", -1));
			rows.put(cells.get(0),
					TestData.FIRST_ARTICLES.stream().map((slug) -> cells.get(columns.indexOf(slug))).toList());
		}
		assertThat(rows).containsEntry("overall", List.of("DEPENDS", "DEPENDS", "DEPENDS", "DEPENDS", "DEPENDS"))
			.containsEntry("job-market", List.of("", "GO", "", "DEPENDS", ""));
		HttpResponse<byte[]> again = rawGet("/api/matrix", HttpHeaders.ACCEPT, "text/csv");
		assertThat(again.headers().firstValue(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo(csv.headers().firstValue(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(again.body()).isEqualTo(csv.body());
		HttpResponse<byte[]> claims = rawGet("/api/claims?q=1.5%C3%97&kind=FIGURE", HttpHeaders.ACCEPT, "text/csv");
		assertThat(new String(claims.body(), StandardCharsets.UTF_8)).contains(
				"\"Rust delivered 1.5× the throughput, thanks to its ahead-of-time optimizations and lack of GC overhead.\"");
	}

	@Test
	void recommendsRustForPerformanceAndGoForTheLearningCurve() {
		Map<String, Object> performance = getJson("/api/recommendation?priorities=performance:10,learning-curve:0");
		assertThat(performance.get("leading")).isEqualTo("RUST");
		assertThat(list(performance, "dimensions")).first()
			.satisfies((dimension) -> assertThat(list(dimension, "verdicts")).isNotEmpty());
		assertThat(getJson("/api/recommendation?priorities=learning-curve:1").get("leading")).isEqualTo("GO");
		Map<String, Object> withUseCase = getJson("/api/recommendation?priorities=performance:3&useCase=webassembly");
		assertThat(list(map(withUseCase, "useCase"), "recommendations")).isNotEmpty();
		assertThat((String) withUseCase.get("method")).contains("0.5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "priorities=telepathy:3|unknown dimension slug",
			"priorities=performance:11|0 to 10", "priorities=performance:1.5|0 to 10",
			"priorities=performance|expected <dimension slug>:<weight>", "priorities=performance:0|at least one weight",
			"priorities=performance:1,performance:2|given twice",
			"priorities=performance:1&useCase=time-travel|unknown use case slug", "useCase=cli-tools|at least one" })
	void rejectsBadPrioritiesNamingTheParameter(String query, String reason) throws Exception {
		HttpResponse<byte[]> response = rawGet("/api/recommendation?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(reason);
	}

	@Test
	void servesTheArchivedTextWithItsDigest() throws Exception {
		HttpResponse<byte[]> text = rawGet("/api/sources/two-roads-one-destination/text");
		assertThat(text.statusCode()).isEqualTo(200);
		byte[] archived = java.nio.file.Files
			.readAllBytes(java.nio.file.Path.of("docs/sources/two-roads-one-destination.txt"));
		assertThat(text.body()).isEqualTo(archived);
		String digest = "sha-256=:" + java.util.Base64.getEncoder()
			.encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(archived)) + ":";
		assertThat(text.headers().firstValue("Repr-Digest")).hasValue(digest);
		assertThat(text.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("text/plain;charset=UTF-8");
	}

	/**
	 * Every object with a quote carries an anchor that resolves in docs/sources: the code
	 * points start to end of the archived text are exact, exact is the quote (whitespace
	 * aside), and prefix and suffix are the text around it.
	 */
	@Test
	void everyQuoteResolvesAtItsAnchorInTheArchivedText() throws Exception {
		List<Map<String, Object>> quoted = new ArrayList<>();
		List<Map<String, Object>> verdicts = all("/api/verdicts?size=100", "verdicts");
		quoted.addAll(verdicts);
		verdicts.forEach((verdict) -> list(verdict, "conditions")
			.forEach((condition) -> quoted.add(withSource(condition, verdict.get("source")))));
		quoted.addAll(all("/api/claims?size=100", "claims"));
		quoted.addAll(all("/api/figures?size=100", "figures"));
		List<Map<String, Object>> useCases = list(getJson("/api/use-cases"), "useCases");
		assertThat(useCases).hasSize(TestData.REAL.useCases());
		for (Map<String, Object> useCase : useCases) {
			quoted.addAll(list(getJson("/api/use-cases/" + map(useCase, "useCase").get("slug")), "recommendations"));
		}
		List<Map<String, Object>> adopters = list(getJson("/api/adopters"), "adopters");
		assertThat(adopters).hasSize(TestData.REAL.organisations());
		for (Map<String, Object> adopter : adopters) {
			quoted.addAll(list(getJson("/api/adopters/" + map(adopter, "organisation").get("slug")), "statements"));
		}
		assertThat(quoted).hasSize(TestData.REAL.quotes());
		Map<String, int[]> texts = new java.util.HashMap<>();
		List<String> misses = new ArrayList<>();
		for (Map<String, Object> item : quoted) {
			String slug = slugOf(item.get("source"));
			int[] text = texts.computeIfAbsent(slug, (key) -> codePoints("docs/sources/" + key + ".txt"));
			Map<String, Object> anchor = map(item, "anchor");
			String quote = (String) item.get("quote");
			if (anchor == null) {
				misses.add(slug + ": no anchor for " + quote);
				continue;
			}
			int start = (int) anchor.get("start");
			int end = (int) anchor.get("end");
			String exact = new String(text, start, end - start);
			String prefix = new String(text, Math.max(0, start - 32), Math.min(32, start));
			String suffix = new String(text, end, Math.min(32, text.length - end));
			if (!exact.equals(anchor.get("exact"))
					|| !SeedDataTests.normalise(exact).equals(SeedDataTests.normalise(quote))
					|| !prefix.equals(anchor.get("prefix")) || !suffix.equals(anchor.get("suffix"))) {
				misses.add(slug + " [" + start + ", " + end + "): " + exact + " for " + quote);
			}
		}
		assertThat(misses).isEmpty();
	}

	private static Map<String, Object> withSource(Map<String, Object> item, Object source) {
		Map<String, Object> copy = new java.util.HashMap<>(item);
		copy.put("source", source);
		return copy;
	}

	private static int[] codePoints(String file) {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of(file)).codePoints().toArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void derivesContradictionsWithSidesFromAtLeastTwoArticlesAndNoneWhereTheArticlesAgree() {
		List<Map<String, Object>> all = all("/api/contradictions?size=100", "contradictions");
		assertThat(all).extracting((contradiction) -> contradiction.get("kind")).contains("VERDICT", "FIGURE", "CLAIM");
		for (Map<String, Object> contradiction : all) {
			assertThat(list(contradiction, "sides")).as((String) contradiction.get("summary"))
				.hasSizeGreaterThanOrEqualTo(2)
				.extracting((side) -> slugOf(side.get("source")))
				.doesNotHaveDuplicates()
				.hasSizeGreaterThanOrEqualTo(2);
		}
		// Every VERDICT contradiction is a dimension whose verdicts name two winners or
		// more; a dimension whose articles all agree has none.
		List<Map<String, Object>> verdicts = all("/api/verdicts?size=100", "verdicts");
		Map<Object, java.util.Set<Object>> winners = new java.util.HashMap<>();
		verdicts.forEach((verdict) -> winners
			.computeIfAbsent(slugOf(verdict.get("dimension")), (key) -> new java.util.HashSet<>())
			.add(verdict.get("winner")));
		List<Object> contradicted = all.stream()
			.filter((contradiction) -> "VERDICT".equals(contradiction.get("kind")))
			.map((contradiction) -> map(contradiction, "dimension").get("slug"))
			.toList();
		assertThat(contradicted).containsExactlyInAnyOrderElementsOf(winners.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.toList());
		winners.forEach((dimension, named) -> {
			if (named.size() == 1) {
				assertThat(list(getJson("/api/contradictions?kind=VERDICT&dimension=" + dimension), "contradictions"))
					.as("VERDICT contradictions on %s", dimension)
					.isEmpty();
			}
		});
		// The first five articles agree on safety: Rust.
		assertThat(verdicts)
			.filteredOn((verdict) -> "safety".equals(slugOf(verdict.get("dimension")))
					&& TestData.FIRST_ARTICLES.contains(slugOf(verdict.get("source"))))
			.extracting((verdict) -> verdict.get("winner"))
			.containsExactly("RUST", "RUST", "RUST", "RUST", "RUST");
		List<Map<String, Object>> crates = list(getJson("/api/contradictions?kind=FIGURE"), "contradictions").stream()
			.filter((contradiction) -> ((String) contradiction.get("summary")).contains("crates-io-packages"))
			.toList();
		assertThat(crates).singleElement()
			.satisfies((contradiction) -> assertThat(list(contradiction, "sides"))
				.extracting((side) -> map(side, "position").get("lower"))
				.contains(140000, 100000));
		assertThat(list(getJson("/api/dimensions/concurrency"), "contradictions"))
			.extracting((contradiction) -> contradiction.get("kind"))
			.contains("VERDICT", "CLAIM");
	}

	@Test
	void pagesThroughDimensionsInDisplayOrderWithWorkingLinks() {
		int dimensions = TestData.REAL.dimensions();
		int pages = Math.ceilDiv(dimensions, 5);
		Map<String, Object> first = getJson("/api/dimensions?size=5");
		assertThat(list(first, "dimensions")).extracting((dimension) -> dimension.get("slug"))
			.containsExactly("overall", "performance", "memory", "concurrency", "safety");
		assertThat(map(first, "page")).containsExactlyInAnyOrderEntriesOf(
				Map.of("number", 0, "size", 5, "totalElements", dimensions, "totalPages", pages));
		Map<String, Object> links = map(first, "links");
		assertThat(links.get("self")).isEqualTo("/api/dimensions?page=0&size=5");
		assertThat(links.get("first")).isEqualTo("/api/dimensions?page=0&size=5");
		assertThat(links.get("prev")).isNull();
		assertThat(links.get("next")).isEqualTo("/api/dimensions?page=1&size=5");
		assertThat(links.get("last")).isEqualTo("/api/dimensions?page=" + (pages - 1) + "&size=5");
		Map<String, Object> second = getJson((String) links.get("next"));
		assertThat(list(second, "dimensions")).extracting((dimension) -> dimension.get("slug"))
			.containsExactly("error-handling", "type-system", "learning-curve", "team-productivity", "compile-speed");
		Map<String, Object> last = getJson((String) links.get("last"));
		assertThat(list(last, "dimensions")).extracting((dimension) -> dimension.get("slug"))
			.containsExactlyElementsOf(TestData.REAL.dimensionSlugs().subList(5 * (pages - 1), dimensions));
		assertThat(map(last, "links").get("next")).isNull();
		assertThat(map(last, "links").get("prev")).isEqualTo("/api/dimensions?page=" + (pages - 2) + "&size=5");
		Map<String, Object> beyond = getJson("/api/dimensions?page=" + pages + "&size=5");
		assertThat(list(beyond, "dimensions")).isEmpty();
		assertThat(map(beyond, "page")).containsEntry("number", pages)
			.containsEntry("totalElements", dimensions)
			.containsEntry("totalPages", pages);
		assertThat(map(beyond, "links").get("next")).isNull();
		assertThat(map(beyond, "links").get("prev")).isEqualTo("/api/dimensions?page=" + (pages - 1) + "&size=5");
	}

	@Test
	void countsVerdictsAndClaimsOfTheDimensionsOnALaterPage() {
		List<Map<String, Object>> dimensions = list(getJson("/api/dimensions?page=1&size=5"), "dimensions");
		assertThat(dimensions).hasSize(5);
		for (Map<String, Object> dimension : dimensions) {
			String slug = (String) dimension.get("slug");
			assertThat(dimension.get("consensus")).as(slug)
				.isEqualTo(getJson("/api/dimensions/" + slug).get("consensus"));
			assertThat(dimension.get("claimCount")).as(slug)
				.isEqualTo(map(getJson("/api/claims?size=1&dimension=" + slug), "page").get("totalElements"));
		}
		Map<String, Object> learning = dimensions.get(2);
		assertThat(learning.get("slug")).isEqualTo("learning-curve");
		assertThat(map(learning, "consensus").get("leading")).isEqualTo("GO");
	}

	@Test
	void pagesThroughFilteredVerdictsInDimensionThenSourceOrder(@Autowired JdbcClient jdbc) {
		List<String> expected = jdbc
			.sql("SELECT d.slug || '=' || s.slug FROM verdict v "
					+ "JOIN dimension d ON d.id = v.dimension_id JOIN source s ON s.id = v.source_id "
					+ "WHERE v.winner = 'GO' ORDER BY d.position, s.slug")
			.query(String.class)
			.list();
		assertThat(expected).hasSizeGreaterThan(8);
		List<String> served = new ArrayList<>();
		String next = "/api/verdicts?winner=GO&size=4";
		int pages = 0;
		while (next != null) {
			Map<String, Object> page = getJson(next);
			assertThat(map(page, "page")).containsEntry("number", pages)
				.containsEntry("size", 4)
				.containsEntry("totalElements", expected.size())
				.containsEntry("totalPages", (expected.size() + 3) / 4);
			for (Map<String, Object> verdict : list(page, "verdicts")) {
				assertThat(verdict.get("winner")).isEqualTo("GO");
				served.add(slugOf(verdict.get("dimension")) + "=" + slugOf(verdict.get("source")));
			}
			next = (String) map(page, "links").get("next");
			pages++;
		}
		assertThat(served).isEqualTo(expected);
		// The first five articles' GO verdicts, in order.
		assertThat(served).containsSubsequence("concurrency=battle-for-the-future-of-backend",
				"concurrency=go-for-a-job-rust-to-understand-computers",
				"concurrency=rust-vs-go-2025-which-backend-language", "learning-curve=battle-for-the-future-of-backend",
				"learning-curve=go-for-a-job-rust-to-understand-computers", "learning-curve=practical-comparison-2026");
		Map<String, Object> beyond = getJson("/api/verdicts?winner=GO&size=4&page=" + pages);
		assertThat(list(beyond, "verdicts")).isEmpty();
		assertThat(map(beyond, "page").get("totalElements")).isEqualTo(expected.size());
		assertThat(map(beyond, "links").get("prev"))
			.isEqualTo("/api/verdicts?winner=GO&page=" + (pages - 1) + "&size=4");
	}

	@Test
	void answersPagesAndSizesOutOfRangeWithProblemsNamingTheParameter() {
		Map<String, String> details = Map.of("size=0",
				"Invalid value '0' for parameter 'size': must be between 1 and 100.", "size=101",
				"Invalid value '101' for parameter 'size': must be between 1 and 100.", "page=-1",
				"Invalid value '-1' for parameter 'page': must be 0 or greater.");
		for (String path : List.of("/api/claims?", "/api/dimensions?", "/api/verdicts?winner=GO&")) {
			details.forEach((query, detail) -> problem(get(path + query), HttpStatus.BAD_REQUEST).jsonPath("$.title")
				.isEqualTo("Invalid parameter")
				.jsonPath("$.parameter")
				.isEqualTo(query.substring(0, query.indexOf('=')))
				.jsonPath("$.detail")
				.isEqualTo(detail));
		}
	}

	@Test
	void servesOneSourceWithItsVerdictsByDimension() {
		Map<String, Object> detail = getJson("/api/sources/rust-vs-go-2025-which-backend-language");
		assertThat(map(detail, "source").get("author")).isEqualTo("Ashish Galiyan");
		assertThat(list(detail, "verdicts"))
			.extracting((verdict) -> slugOf(verdict.get("dimension")) + "=" + verdict.get("winner"))
			.contains("performance=RUST", "learning-curve=GO", "concurrency=GO");
	}

	@Test
	void filtersVerdictsByWinnerAndSource() {
		List<Map<String, Object>> verdicts = list(getJson("/api/verdicts?winner=RUST&source=two-roads-one-destination"),
				"verdicts");
		assertThat(verdicts).isNotEmpty()
			.allSatisfy((verdict) -> assertThat(verdict.get("winner")).isEqualTo("RUST"))
			.extracting((verdict) -> slugOf(verdict.get("dimension")))
			.contains("performance", "memory");
	}

	@Test
	void paginatesClaimsWithWorkingLinks() {
		Map<String, Object> first = getJson("/api/claims?favors=GO&size=5");
		Map<String, Object> page = map(first, "page");
		assertThat(list(first, "claims")).hasSize(5)
			.allSatisfy((claim) -> assertThat(claim.get("favors")).isEqualTo("GO"));
		assertThat(((Number) page.get("totalElements")).intValue()).isGreaterThan(5);
		String next = (String) map(first, "links").get("next");
		assertThat(next).isEqualTo("/api/claims?favors=GO&page=1&size=5");
		Map<String, Object> second = getJson(next);
		assertThat(map(second, "page").get("number")).isEqualTo(1);
		assertThat(list(second, "claims").get(0).get("id")).isNotEqualTo(list(first, "claims").get(0).get("id"));
	}

	@Test
	void answersUnknownSlugWithNotFoundProblem() {
		problem(get("/api/dimensions/telepathy"), HttpStatus.NOT_FOUND).jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.slug")
			.isEqualTo("telepathy")
			.jsonPath("$.instance")
			.isEqualTo("/api/dimensions/telepathy");
	}

	@Test
	void answersBadEnumWithProblemListingAllowedValues() {
		problem(get("/api/claims?favors=ZIG"), HttpStatus.BAD_REQUEST).jsonPath("$.parameter")
			.isEqualTo("favors")
			.jsonPath("$.allowedValues")
			.isEqualTo(List.of("RUST", "GO", "NEITHER"));
	}

	@Test
	void answersUnknownRouteWithNotFoundProblem() {
		problem(get("/api/languages"), HttpStatus.NOT_FOUND).jsonPath("$.title")
			.isEqualTo("No such endpoint")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("/api/languages"));
	}

	@Test
	void describesTheApiWithOpenApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/dimensions/{slug}'].get.operationId")
			.isEqualTo("compareDimension")
			.jsonPath("$.paths['/api/claims'].get.responses['400'].content['application/problem+json']")
			.exists();
	}

	@Test
	void answersRepeatRequestWithNotModifiedForTheCurrentEtag() throws Exception {
		HttpResponse<byte[]> first = rawGet("/api/dimensions/concurrency");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue(HttpHeaders.ETAG).orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(first.headers().firstValue(HttpHeaders.CACHE_CONTROL))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("max-age=300"));
		HttpResponse<byte[]> repeat = rawGet("/api/dimensions/concurrency", HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(repeat.statusCode()).isEqualTo(304);
		assertThat(repeat.headers().firstValue(HttpHeaders.ETAG)).hasValue(etag);
		assertThat(repeat.body()).isEmpty();
		assertThat(rawGet("/api/dimensions/concurrency", HttpHeaders.IF_NONE_MATCH, "\"stale\"").statusCode())
			.isEqualTo(200);
	}

	@Test
	void answersHeadLikeGetWithoutABody() {
		byte[] body = this.client.get()
			.uri("/api/sources")
			.exchange()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		this.client.head()
			.uri("/api/sources")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentLength(body.length)
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody()
			.isEmpty();
	}

	@Test
	void servesGzipWithItsOwnEtagWhenAccepted() throws Exception {
		HttpResponse<byte[]> plain = rawGet("/api/dimensions");
		HttpResponse<byte[]> gzipped = rawGet("/api/dimensions", HttpHeaders.ACCEPT_ENCODING, "gzip");
		assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
		assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		assertThat(gzipped.headers().firstValue(HttpHeaders.ETAG))
			.hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]{32}-gzip\"")
				.isNotEqualTo(plain.headers().firstValue(HttpHeaders.ETAG).orElseThrow()));
		assertThat(gzipped.headers().allValues(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		try (var gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(gzip.readAllBytes()).isEqualTo(plain.body());
		}
	}

	/**
	 * RFC 9110, section 12.5.3: a quality of 0 (however written) means "not acceptable".
	 * Only a named gzip gets gzip; identity is always acceptable, so a wildcard gets it.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip;q=0|", "gzip;q=0.0|", "gzip; q=0.000|", "br, gzip;q=0|", "*;q=0|",
			"identity|", "gzip;q=0.5|gzip", "GZIP|gzip", "*|", "gzip;q=0, *|", "br;q=1, gzip;q=0.1|gzip" })
	void compressesOnlyWhenGzipIsAcceptable(String acceptEncoding, String contentEncoding) throws Exception {
		HttpResponse<byte[]> plain = rawGet("/api/dimensions");
		HttpResponse<byte[]> response = rawGet("/api/dimensions", HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		assertThat(response.headers().firstValue(HttpHeaders.CONTENT_ENCODING))
			.isEqualTo(java.util.Optional.ofNullable(contentEncoding));
		if (contentEncoding == null) {
			assertThat(response.body()).isEqualTo(plain.body());
		}
	}

	@Test
	void allowsCrossOriginReadsAndExposesTheEtag() {
		this.client.get()
			.uri("/api/dimensions")
			.header(HttpHeaders.ORIGIN, "https://frontend.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://frontend.example")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, (exposed) -> assertThat(exposed).contains("ETag"));
		this.client.options()
			.uri("/api/claims")
			.header(HttpHeaders.ORIGIN, "https://frontend.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("GET"))
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void rejectsACrossOriginPreflightForAWriteWithAProblemNamingThePath() {
		problem(this.client.options()
			.uri("/api/claims?favors=GO")
			.header(HttpHeaders.ORIGIN, "https://frontend.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
			.exchange(), HttpStatus.FORBIDDEN).jsonPath("$.type")
			.isEqualTo("urn:problem-type:rust-vs-go:cors-rejected")
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("GET or HEAD"))
			.jsonPath("$.instance")
			.isEqualTo("/api/claims");
	}

	@Test
	void refusesWritesWithMethodNotAllowedProblemAndAllowHeader() {
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
			ResponseSpec response = this.client.method(method)
				.uri("/api/claims")
				.exchange()
				.expectHeader()
				.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("GET"));
			problem(response, HttpStatus.METHOD_NOT_ALLOWED).jsonPath("$.status")
				.isEqualTo(405)
				.jsonPath("$.type")
				.isEqualTo("urn:problem-type:rust-vs-go:method-not-allowed");
		}
	}

	@Test
	void answersAnAcceptItCannotServeWithNotAcceptable() {
		problem(this.client.get().uri("/api/dimensions").accept(MediaType.TEXT_HTML).exchange(),
				HttpStatus.NOT_ACCEPTABLE)
			.jsonPath("$.status")
			.isEqualTo(406);
		// CSV is for lists (pages of rows); one claim is JSON only, not a 500.
		problem(this.client.get().uri("/api/claims/107").accept(MediaType.parseMediaType("text/csv")).exchange(),
				HttpStatus.NOT_ACCEPTABLE)
			.jsonPath("$.status")
			.isEqualTo(406);
	}

	@Test
	@SuppressWarnings("unchecked")
	void rejectsAnUnknownQueryParameterNamingIt() {
		problem(get("/api/claims?favour=GO"), HttpStatus.BAD_REQUEST).jsonPath("$.parameter")
			.isEqualTo("favour")
			.jsonPath("$.allowedValues")
			.value((allowed) -> assertThat((List<Object>) allowed).contains("favors", "q", "page", "size", "sort"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void sortsClaimsOnNamedFieldsAndRejectsOthers() {
		List<Map<String, Object>> descending = list(getJson("/api/claims?sort=-id&size=3"), "claims");
		assertThat(descending).extracting((claim) -> ((Number) claim.get("id")).longValue())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<Map<String, Object>> byKind = list(getJson("/api/claims?sort=kind&size=100"), "claims");
		assertThat(byKind).extracting((claim) -> (String) claim.get("kind")).isSorted();
		problem(get("/api/claims?sort=statement"), HttpStatus.BAD_REQUEST).jsonPath("$.parameter")
			.isEqualTo("sort")
			.jsonPath("$.allowedValues")
			.value((allowed) -> assertThat((List<Object>) allowed).contains("id", "-id", "kind"));
	}

	@Test
	void sendsSecurityHeadersWithoutLeakingTheServer() {
		for (String uri : List.of("/api/dimensions", "/api/nowhere")) {
			this.client.get()
				.uri(uri)
				.exchange()
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.value("Content-Security-Policy", (policy) -> assertThat(policy).startsWith("default-src 'none'"))
				.expectHeader()
				.exists("Referrer-Policy")
				.expectHeader()
				.doesNotExist("Server");
		}
	}

	@Test
	void servesThePageUnderAPolicyOfItsOwnOriginAndKeepsTheApiPolicy() throws Exception {
		HttpResponse<byte[]> page = rawGet("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
				(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
					+ "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
		String html = new String(page.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("<table id=\"matrix\"", "src=\"/webjars/chart.js/dist/chart.umd.min.js\"")
			.doesNotContain("https://", "http://", "<script>", "style=\"");
		assertThat(rawGet("/api/dimensions").headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
	}

	@Test
	void servesThePagesFilesWithEtagAndGzipEvenAfterAHeadRequest() throws Exception {
		String chart = "/webjars/chart.js/dist/chart.umd.min.js";
		this.client.head().uri(chart).exchange().expectStatus().isOk().expectBody().isEmpty();
		HttpResponse<byte[]> identity = rawGet(chart);
		assertThat(identity.statusCode()).isEqualTo(200);
		assertThat(new String(identity.body(), StandardCharsets.UTF_8)).contains("Chart.js v4.5.1");
		HttpResponse<byte[]> gzipped = rawGet(chart, HttpHeaders.ACCEPT_ENCODING, "gzip");
		assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		assertThat(gzipped.headers().firstValue(HttpHeaders.ETAG))
			.hasValueSatisfying((etag) -> assertThat(etag).endsWith("-gzip\""));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(identity.body());
		}
		assertThat(gzipped.body().length).isLessThan(identity.body().length / 2);
	}

	/**
	 * A request through the JDK client, which adds no headers of its own (no
	 * Accept-Encoding, no decompression).
	 */
	protected HttpResponse<byte[]> rawGet(String path, String... headerNamesAndValues) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headerNamesAndValues.length > 0) {
			request.headers(headerNamesAndValues);
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	protected Map<String, Object> getJson(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** Every item of a paged list, following the next links from the first page. */
	private List<Map<String, Object>> all(String uri, String key) {
		List<Map<String, Object>> items = new ArrayList<>();
		String next = uri;
		while (next != null) {
			Map<String, Object> page = getJson(next);
			items.addAll(list(page, key));
			next = (String) map(page, "links").get("next");
		}
		return items;
	}

	private ResponseSpec get(String uri) {
		return this.client.get().uri(uri).exchange();
	}

	/**
	 * Checks that a response is an RFC 9457 problem with the given status and returns its
	 * body for the checks of its members.
	 */
	private static BodyContentSpec problem(ResponseSpec response, HttpStatus status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

	private static void assertVerbatim(String sourceSlug, String quote) throws IOException {
		String text = SeedDataTests.normalise(Files.readString(Path.of("docs/sources", sourceSlug + ".txt")));
		assertThat(text).as("archived text of " + sourceSlug).contains(SeedDataTests.normalise(quote));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> json, String key) {
		return (Map<String, Object>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
		return (List<Map<String, Object>>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	private static String slugOf(Object ref) {
		return (String) ((Map<String, Object>) ref).get("slug");
	}

}
