package dev.rustvsgo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.rustvsgo.data.ArticleFile;
import dev.rustvsgo.data.DataFiles;
import dev.rustvsgo.data.DataSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sixth article is data, not code: a small fixture article (its data file in
 * {@code src/test/resources/fixture-data/}, its text in
 * {@code src/test/resources/sources/}) added through a second data location appears in
 * every endpoint, with its quotes anchored in its own text, while every answer about the
 * real articles stays byte for byte what the application gives on the real data alone
 * (started beside it, on a database of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		FixtureArticleTests.LOCATIONS, "spring.datasource.url=jdbc:h2:mem:fixture-article;DB_CLOSE_DELAY=-1" })
class FixtureArticleTests {

	/** The real data, then the fixture's location. */
	static final String LOCATIONS = "rustvsgo.data.locations=classpath:db/data/,classpath:fixture-data/";

	static final String SLUG = "fixture-notes-on-rust-and-go";

	static final String TITLE = "Fixture: Notes on Rust and Go";

	/** The fixture's archived text, relative to the project directory. */
	static final String TEXT = "src/test/resources/sources/" + SLUG + ".txt";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DataSet REAL = read("classpath:db/data/");

	private static final ArticleFile FIXTURE = read("classpath:fixture-data/").articles().get(0);

	private static ConfigurableApplicationContext realOnly;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startTheApplicationOnTheRealDataAlone() {
		realOnly = new SpringApplicationBuilder(RustVsGoApplication.class).run("--server.port=0",
				"--management.server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:fixture-article-real-only;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stopIt() {
		if (realOnly != null) {
			realOnly.close();
		}
	}

	@Test
	void fixtureIsASourceWithItsTextAndMetadata() {
		JsonNode sources = get("/api/sources").get("sources");
		assertThat(sources).hasSize(REAL.articles().size() + 1);
		assertThat(sources.valueStream().map((source) -> source.get("slug").asString())).contains(SLUG);
		JsonNode source = get("/api/sources/" + SLUG).get("source");
		assertThat(source.get("title").asString()).isEqualTo(TITLE);
		assertThat(source.get("author").isNull()).isTrue();
		assertThat(text("/api/sources/" + SLUG + "/text", "text/plain"))
			.contains("Fixture Corp uses Go for its internal tools.");
	}

	@Test
	void everyVerdictClaimAndFigureIsServedWithItsQuoteAnchoredInTheFixtureText() {
		JsonNode verdicts = get("/api/verdicts?source=" + SLUG).get("verdicts");
		assertThat(verdicts).hasSize(FIXTURE.verdicts().size());
		JsonNode claims = get("/api/claims?source=" + SLUG + "&size=100").get("claims");
		assertThat(claims).hasSize(FIXTURE.claims().size());
		JsonNode figures = get("/api/figures?source=" + SLUG).get("figures");
		assertThat(figures).hasSize(FIXTURE.claims().stream().mapToInt((claim) -> claim.figures().size()).sum());
		String archived = text("/api/sources/" + SLUG + "/text", "text/plain");
		List<JsonNode> quoted = new ArrayList<>();
		verdicts.forEach(quoted::add);
		verdicts.forEach((verdict) -> verdict.path("conditions").forEach(quoted::add));
		claims.forEach(quoted::add);
		figures.forEach(quoted::add);
		for (JsonNode item : quoted) {
			JsonNode anchor = item.get("anchor");
			assertThat(anchor.isObject()).as("anchor of %s", item.get("quote")).isTrue();
			int[] codePoints = archived.codePoints().toArray();
			int start = anchor.get("start").asInt();
			assertThat(new String(codePoints, start, anchor.get("end").asInt() - start))
				.isEqualTo(item.get("quote").asString());
		}
		assertThat(get("/api/claims/900003").get("statement").asString())
			.isEqualTo("Rust's compiler catches data races before the program runs.");
	}

	@Test
	void fixtureJoinsTheComparisonsTheMatrixAndTheContradictions() {
		JsonNode concurrency = get("/api/dimensions/concurrency");
		assertThat(concurrency.get("verdicts").valueStream().map((verdict) -> verdict.at("/source/slug").asString()))
			.contains(SLUG);
		assertThat(concurrency.at("/consensus/counts/go").asInt())
			.isEqualTo(getRealOnly("/api/dimensions/concurrency").at("/consensus/counts/go").asInt() + 1);
		JsonNode matrix = get("/api/matrix");
		assertThat(matrix.get("sources").valueStream().map((source) -> source.get("slug").asString())).contains(SLUG);
		assertThat(text("/api/matrix", "text/csv")).contains(SLUG);
		// Its "within 3 days" joins the articles' other times to be productive in Go.
		JsonNode contradictions = get("/api/contradictions?kind=FIGURE&source=" + SLUG).get("contradictions");
		assertThat(contradictions.valueStream().map((contradiction) -> contradiction.get("summary").asString()))
			.anySatisfy((summary) -> assertThat(summary)
				.startsWith("The articles give different values for " + "time-to-productive (Go)")
				.contains("up to 3 days"));
	}

	@Test
	void fixtureRecommendsAndNamesAnAdopter() {
		assertThat(get("/api/use-cases/web-servers").get("recommendations")
			.valueStream()
			.map((recommendation) -> recommendation.get("quote").asString()))
			.contains("Teams that ship web servers quickly should pick Go.");
		JsonNode adopter = get("/api/adopters/fixture-corp");
		assertThat(adopter.at("/statements/0/purpose").asString()).isEqualTo("internal tools");
		assertThat(get("/api/adopters").get("adopters")
			.valueStream()
			.map((entry) -> entry.at("/organisation/slug").asString())).contains("fixture-corp");
		assertThat(get("/api/recommendation?priorities=concurrency:1").toString()).contains(SLUG);
	}

	/** The search index holds the fixture's items too, built from the same data. */
	@Test
	void searchFindsTheFixturesQuotes() {
		JsonNode hits = get("/api/search?q=fixture%20service%20build&source=" + SLUG).get("hits");
		assertThat(hits.valueStream().map((hit) -> hit.get("quote").asString()))
			.contains("A Rust build of the fixture service took about 90 seconds.");
		assertThat(hits.valueStream().map((hit) -> hit.get("type").asString())).contains("CLAIM", "FIGURE");
		assertThat(get("/api/search?q=%22Fixture%20Corp%22").at("/hits/0/about/slug").asString())
			.isEqualTo("fixture-corp");
	}

	/**
	 * Everything about the real articles, as the application answers on the real data
	 * alone: each article, its verdicts, claims and figures, and each claim by id.
	 */
	@Test
	void answersAboutTheRealArticlesAreUnchanged() {
		List<String> paths = new ArrayList<>();
		for (ArticleFile article : REAL.articles()) {
			String slug = article.source().slug();
			paths.add("/api/sources/" + slug);
			paths.add("/api/verdicts?size=100&source=" + slug);
			paths.add("/api/claims?size=100&source=" + slug);
			paths.add("/api/figures?size=100&source=" + slug);
			article.claims().forEach((claim) -> paths.add("/api/claims/" + claim.id()));
		}
		for (String path : paths) {
			assertThat(text(path)).as(path).isEqualTo(textRealOnly(path));
		}
	}

	private JsonNode get(String path) {
		return JSON.readTree(text(path));
	}

	private String text(String path) {
		return text(path, "application/json");
	}

	private String text(String path, String accept) {
		return send("http://localhost:" + this.port + path, accept);
	}

	private static JsonNode getRealOnly(String path) {
		return JSON.readTree(textRealOnly(path));
	}

	private static String textRealOnly(String path) {
		return send("http://localhost:" + realOnly.getEnvironment().getProperty("local.server.port") + path,
				"application/json");
	}

	private static String send(String url, String accept) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static DataSet read(String location) {
		return new DataFiles(List.of(location), new PathMatchingResourcePatternResolver()).dataSet();
	}

}
