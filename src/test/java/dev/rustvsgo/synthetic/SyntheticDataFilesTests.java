package dev.rustvsgo.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rustvsgo.RustVsGoApplication;
import dev.rustvsgo.data.ArticleFile;
import dev.rustvsgo.data.DataFiles;
import dev.rustvsgo.data.DataSet;
import dev.rustvsgo.data.SharedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the synthetic data files at scale 2 and starts the application on the real
 * data plus them, on a database of its own so that no other test sees the synthetic rows:
 * every table holds the real rows and the generated ones, and the real answers stay as
 * they were. Every expected count comes from the files themselves, read as the
 * application reads them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:synthetic-files;DB_CLOSE_DELAY=-1")
class SyntheticDataFilesTests {

	private static final int SCALE = 2;

	private static final String REAL = "classpath:db/data/";

	/** The 12 data tables, as R__Article_data fills them. */
	private static final List<String> TABLES = List.of("source", "dimension", "verdict", "verdict_condition", "claim",
			"figure", "use_case", "use_case_recommendation", "organisation", "adoption", "claim_contradiction",
			"claim_contradiction_side");

	/** Tables whose ids the files give: the synthetic ones are above FIRST_ID. */
	private static final List<String> TABLES_WITH_FILE_IDS = List.of("verdict", "claim", "figure",
			"use_case_recommendation", "adoption");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path generated;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataLocations(DynamicPropertyRegistry registry) throws IOException {
		SyntheticDataFiles.write(SCALE, generated);
		registry.add("rustvsgo.data.locations", () -> REAL + "," + location(generated));
	}

	@Test
	void everyTableHoldsTheRealRowsPlusTheGeneratedOnes() {
		Map<String, Long> real = rows(read(REAL));
		Map<String, Long> synthetic = rows(read(location(generated)));
		for (String table : TABLES) {
			assertThat(real.get(table)).as("real rows of %s", table).isPositive();
			assertThat(synthetic.get(table)).as("generated rows of %s", table).isPositive();
			assertThat(count("SELECT COUNT(*) FROM " + table)).as("rows of %s", table)
				.isEqualTo(real.get(table) + synthetic.get(table));
		}
		for (String table : TABLES_WITH_FILE_IDS) {
			assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE id > " + SyntheticDataFiles.FIRST_ID))
				.as("synthetic rows of %s", table)
				.isEqualTo(synthetic.get(table));
		}
		assertThat(count("SELECT COUNT(*) FROM source WHERE slug LIKE 'synthetic-%'"))
			.isEqualTo(synthetic.get("source"));
		// The real rows are read first, so they keep their ids and positions.
		assertThat(count("SELECT MAX(id) FROM source WHERE slug NOT LIKE 'synthetic-%'")).isEqualTo(real.get("source"));
		assertThat(count("SELECT MIN(position) FROM dimension WHERE slug LIKE 'synthetic-%'"))
			.isEqualTo(real.get("dimension"));
	}

	@Test
	void writesTheDocumentedSizesLinkedOnlyToSyntheticItems() {
		DataSet data = read(location(generated));
		List<ArticleFile.Verdict> verdicts = all(data, ArticleFile::verdicts);
		List<ArticleFile.Claim> claims = all(data, ArticleFile::claims);
		assertThat(data.articles()).hasSize((SCALE + 1) / 2);
		assertThat(data.dimensions()).hasSize(10 * SCALE);
		// One source and 20 dimensions: every pair but dimension 1 (1 % 25 == 1 % 25).
		assertThat(verdicts).hasSize(19);
		assertThat(claims).hasSize(1000 * SCALE);
		assertThat(data.useCases()).hasSize(5 * SCALE);
		assertThat(all(data, ArticleFile::recommendations)).hasSize(200 * SCALE);
		assertThat(data.organisations()).hasSize(10 * SCALE);
		assertThat(all(data, ArticleFile::adoptions)).hasSize(200 * SCALE);
		assertThat(data.contradictions()).hasSize(2 * SCALE);
		assertThat(claims.stream().filter((claim) -> claim.kind().equals("FIGURE")))
			.allSatisfy((claim) -> assertThat(claim.figures()).hasSize(1));
		assertThat(verdicts.stream().filter((verdict) -> verdict.winner().equals("DEPENDS"))).isNotEmpty()
			.allSatisfy((verdict) -> assertThat(verdict.conditions()).extracting(ArticleFile.Condition::favors)
				.contains("RUST", "GO"));
		for (ArticleFile article : data.articles()) {
			assertThat(article.source().slug()).startsWith(SyntheticDataFiles.PREFIX);
			assertThat(article.source().title()).isNull();
			assertThat(article.source().metadataNote()).contains("Synthetic");
		}
		Set<String> slugs = Stream
			.of(data.dimensions().stream().map(SharedFile.Term::slug),
					data.useCases().stream().map(SharedFile.Term::slug),
					data.organisations().stream().map(SharedFile.Organisation::slug),
					data.contradictions().stream().map(SharedFile.Contradiction::slug),
					claims.stream().flatMap((claim) -> claim.figures().stream()).map(ArticleFile.Figure::metric),
					verdicts.stream().map(ArticleFile.Verdict::dimension),
					claims.stream().map(ArticleFile.Claim::dimension),
					all(data, ArticleFile::recommendations).stream().map(ArticleFile.Recommendation::useCase),
					all(data, ArticleFile::adoptions).stream().map(ArticleFile.Adoption::organisation),
					data.contradictions().stream().map(SharedFile.Contradiction::dimension))
			.flatMap(Function.identity())
			.collect(Collectors.toSet());
		assertThat(slugs).allSatisfy((slug) -> assertThat(slug).startsWith(SyntheticDataFiles.PREFIX));
		List<Long> ids = Stream
			.of(verdicts.stream().map(ArticleFile.Verdict::id), claims.stream().map(ArticleFile.Claim::id),
					claims.stream().flatMap((claim) -> claim.figures().stream()).map(ArticleFile.Figure::id),
					all(data, ArticleFile::recommendations).stream().map(ArticleFile.Recommendation::id),
					all(data, ArticleFile::adoptions).stream().map(ArticleFile.Adoption::id))
			.flatMap(Function.identity())
			.toList();
		assertThat(ids).allSatisfy((id) -> assertThat(id).isGreaterThan(SyntheticDataFiles.FIRST_ID));
		Map<Long, ArticleFile.Claim> claimsById = claims.stream()
			.collect(Collectors.toMap(ArticleFile.Claim::id, Function.identity()));
		for (SharedFile.Contradiction contradiction : data.contradictions()) {
			assertThat(contradiction.claims()).hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy((id) -> assertThat(claimsById.get(id).dimension()).isEqualTo(contradiction.dimension()));
			assertThat(contradiction.claims().stream().map((id) -> claimsById.get(id).favors()).distinct())
				.hasSize(contradiction.claims().size());
		}
	}

	@Test
	void writesFilesThatMatchTheDataSchemas() throws IOException {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		Schema article = schema(registry, "article");
		Schema shared = schema(registry, "shared");
		List<String> problems = new ArrayList<>();
		for (Path file : files(generated)) {
			Schema schema = file.getParent().getFileName().toString().equals("articles") ? article : shared;
			for (Error error : schema.validate(Files.readString(file), InputFormat.YAML)) {
				problems.add(generated.relativize(file) + ": " + error);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void writesTheSameBytesForTheSameScale(@TempDir Path again) throws IOException {
		// A larger scale first: writing the smaller one must leave none of its articles.
		SyntheticDataFiles.write(SCALE + 1, again);
		SyntheticDataFiles.write(SCALE, again);
		List<Path> files = files(generated);
		assertThat(files(again)).map(again::relativize)
			.containsExactlyElementsOf(files.stream().map(generated::relativize).toList());
		for (Path file : files) {
			assertThat(again.resolve(generated.relativize(file))).hasSameBinaryContentAs(file);
		}
	}

	@Test
	void givesSyntheticSourcesNoArchivedTextAndTheirQuotesNoAnchor() throws Exception {
		String base = "http://localhost:" + this.port;
		String slug = read(location(generated)).articles().get(0).source().slug();
		assertThat(get(base + "/api/sources/" + slug + "/text").statusCode()).isEqualTo(404);
		JsonNode claim = JSON.readTree(get(base + "/api/claims/" + (SyntheticDataFiles.FIRST_ID + 1)).body());
		assertThat(claim.path("source").path("slug").asString()).isEqualTo(slug);
		assertThat(claim.path("anchor").isNull()).isTrue();
		JsonNode source = JSON.readTree(get(base + "/api/sources/" + slug).body());
		assertThat(source.toString()).contains("\"title\":null").contains("not exist");
	}

	/**
	 * The answers about real items, byte for byte as the application gives them on the
	 * real data alone (started beside this test's, on a database of its own).
	 * {@code /api/dimensions/concurrency} lists every source without a verdict on it,
	 * synthetic ones included; those entries left out, it is unchanged too.
	 */
	@Test
	void leavesTheRealAnswersAsTheyWere() throws Exception {
		List<String> paths = List.of("/api/claims/107", "/api/claims?dimension=concurrency&size=100",
				"/api/verdicts?dimension=concurrency", "/api/sources/two-roads-one-destination",
				"/api/use-cases/webassembly", "/api/adopters/dropbox",
				"/api/contradictions?dimension=concurrency,memory", "/api/figures?metric=crates-io-packages",
				"/api/recommendation?priorities=performance:3,learning-curve:1&useCase=cli-tools");
		String withSynthetic = "http://localhost:" + this.port;
		try (ConfigurableApplicationContext realOnly = new SpringApplicationBuilder(RustVsGoApplication.class).run(
				"--server.port=0", "--management.server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:synthetic-files-real-only;DB_CLOSE_DELAY=-1")) {
			String real = "http://localhost:" + realOnly.getEnvironment().getProperty("local.server.port");
			for (String path : paths) {
				HttpResponse<String> expected = get(real + path);
				assertThat(expected.statusCode()).as(path).isEqualTo(200);
				assertThat(get(withSynthetic + path).body()).as(path).isEqualTo(expected.body());
			}
			JsonNode expected = JSON.readTree(get(real + "/api/dimensions/concurrency").body());
			ObjectNode actual = (ObjectNode) JSON.readTree(get(withSynthetic + "/api/dimensions/concurrency").body());
			ArrayNode withoutSynthetic = JSON.createArrayNode();
			for (JsonNode entry : actual.path("sourcesWithoutVerdict")) {
				if (entry.path("source").path("slug").asString().startsWith(SyntheticDataFiles.PREFIX)) {
					assertThat(entry.path("claims").asLong()).isZero();
				}
				else {
					withoutSynthetic.add(entry);
				}
			}
			actual.set("sourcesWithoutVerdict", withoutSynthetic);
			assertThat(actual).isEqualTo(expected);
			assertThat(get(withSynthetic + "/api/claims/107").headers().firstValue("Data-Version"))
				.isNotEqualTo(get(real + "/api/claims/107").headers().firstValue("Data-Version"));
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * The rows each table gets from the data, counted as R__Article_data inserts them.
	 */
	private static Map<String, Long> rows(DataSet data) {
		Map<String, Long> rows = new LinkedHashMap<>();
		rows.put("source", (long) data.articles().size());
		rows.put("dimension", (long) data.dimensions().size());
		rows.put("verdict", (long) all(data, ArticleFile::verdicts).size());
		rows.put("verdict_condition",
				all(data, ArticleFile::verdicts).stream().mapToLong((verdict) -> verdict.conditions().size()).sum());
		rows.put("claim", (long) all(data, ArticleFile::claims).size());
		rows.put("figure", all(data, ArticleFile::claims).stream().mapToLong((claim) -> claim.figures().size()).sum());
		rows.put("use_case", (long) data.useCases().size());
		rows.put("use_case_recommendation", (long) all(data, ArticleFile::recommendations).size());
		rows.put("organisation", (long) data.organisations().size());
		rows.put("adoption", (long) all(data, ArticleFile::adoptions).size());
		rows.put("claim_contradiction", (long) data.contradictions().size());
		rows.put("claim_contradiction_side",
				data.contradictions().stream().mapToLong((contradiction) -> contradiction.claims().size()).sum());
		return rows;
	}

	private static <T> List<T> all(DataSet data, Function<ArticleFile, List<T>> items) {
		return data.articles().stream().flatMap((article) -> items.apply(article).stream()).toList();
	}

	private static DataSet read(String location) {
		return new DataFiles(List.of(location), new PathMatchingResourcePatternResolver()).dataSet();
	}

	private static String location(Path directory) {
		return "file:" + directory.toAbsolutePath() + "/";
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static Schema schema(SchemaRegistry registry, String name) throws IOException {
		try (InputStream in = new ClassPathResource("db/data/schema/" + name + ".schema.json").getInputStream()) {
			return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

}
