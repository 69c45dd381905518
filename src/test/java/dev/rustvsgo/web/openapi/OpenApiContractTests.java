package dev.rustvsgo.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimPage;
import dev.rustvsgo.comparison.Comparison;
import dev.rustvsgo.comparison.Consensus;
import dev.rustvsgo.comparison.DimensionList;
import dev.rustvsgo.comparison.DimensionSummary;
import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.search.SearchFacets;
import dev.rustvsgo.search.SearchHit;
import dev.rustvsgo.search.SearchResult;
import dev.rustvsgo.search.SearchTopic;
import dev.rustvsgo.search.TextRange;
import dev.rustvsgo.source.SourceDetail;
import dev.rustvsgo.source.SourceList;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictList;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description as a contract: the committed {@code docs/openapi.json} (which
 * the README points API tools at, the linter checks and the client of
 * {@code GeneratedClientTests} is generated from) must be what the running application
 * serves at {@code /v3/api-docs}, and that description must document every operation,
 * parameter and response, with examples that are what the API really answers.
 * <p>
 * Run with {@code -Dopenapi.write=true} to rewrite the committed file from the live
 * description ({@value #REGENERATE}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OpenApiContractTests {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	/** The one command that rewrites {@link #COMMITTED} from the live description. */
	static final String REGENERATE = "./mvnw -q test -Dtest=OpenApiContractTests -Dopenapi.write=true";

	/** The response codes every operation documents. */
	static final Set<String> COMMON_RESPONSES = Set.of("200", "304", "400", "403", "405", "406", "500");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@Test
	void committedDescriptionIsTheLiveOne() throws IOException {
		JsonNode live = live();
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(COMMITTED, pretty(live), StandardCharsets.UTF_8);
		}
		assertThat(COMMITTED).withFailMessage("%s is missing. Generate it with:%n  %s", COMMITTED, REGENERATE).exists();
		JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		List<String> differences = new ArrayList<>();
		collectDifferences("", withoutServerUrls(committed), withoutServerUrls(live), differences);
		assertThat(differences)
			.withFailMessage(
					"%s is not the description the application serves at /v3/api-docs. It differs at:%n  %s%n"
							+ "If the change is intended, regenerate the file and commit it:%n  %s",
					COMMITTED, String.join("\n  ", differences.subList(0, Math.min(differences.size(), 20))),
					REGENERATE)
			.isEmpty();
	}

	@Test
	void describesTheApiWithVersionFromTheBuildAndARelativeServer(
			@Autowired ObjectProvider<BuildProperties> buildProperties) throws IOException {
		JsonNode live = live();
		assertThat(live.at("/info/title").asString()).isEqualTo("Rust vs Go API");
		assertThat(live.at("/info/description").asString()).contains("RFC 9457");
		assertThat(live.at("/info/contact/name").asString()).isEqualTo("rust-vs-go-api maintainers");
		assertThat(live.at("/info/license/name").asString()).isNotBlank();
		BuildProperties build = buildProperties.getIfAvailable();
		assertThat(build).as("build-info, written by the build").isNotNull();
		assertThat(live.at("/info/version").asString()).isEqualTo(build.getVersion());
		for (JsonNode description : List.of(live, json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8)))) {
			assertThat(description.at("/servers")).hasSize(1);
			assertThat(description.at("/servers/0/url").asString()).isEqualTo("/");
		}
	}

	@Test
	void keepsActuatorOutOfTheDescription() {
		assertThat(live().get("paths").propertyNames()).isNotEmpty()
			.allSatisfy((path) -> assertThat(path).startsWith("/api/"));
	}

	@Test
	void documentsEveryOperationAndEveryResponse() {
		JsonNode live = live();
		Set<String> operationIds = new TreeSet<>();
		live.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			String where = method.getKey().toUpperCase() + " " + path.getKey();
			JsonNode operation = method.getValue();
			assertThat(method.getKey()).as(where).isEqualTo("get");
			for (String field : List.of("summary", "description", "operationId")) {
				assertThat(operation.path(field).asString()).as(where + " " + field).isNotBlank();
			}
			operationIds.add(operation.get("operationId").asString());
			assertThat(operation.get("tags")).as(where + " tags").hasSize(1);
			for (JsonNode parameter : operation.path("parameters")) {
				assertThat(parameter.path("description").asString()).as(where + " " + parameter.get("name"))
					.isNotBlank();
			}
			JsonNode responses = operation.get("responses");
			assertThat(responses.propertyNames()).as(where + " responses").containsAll(COMMON_RESPONSES);
			responses.properties().forEach((response) -> {
				JsonNode resolved = resolve(live, response.getValue());
				assertThat(resolved.path("description").asString()).as(where + " " + response.getKey()).isNotBlank();
				JsonNode content = resolved.path("content");
				switch (response.getKey()) {
					case "200" -> {
						assertThat(content.propertyNames()).as(where + " 200")
							.isNotEmpty()
							.isSubsetOf("application/json", "text/csv", "text/plain;charset=UTF-8");
						assertThat(resolved.path("headers").propertyNames()).contains("ETag", "Cache-Control");
					}
					case "304" -> assertThat(content.isMissingNode()).as(where + " 304 has no body").isTrue();
					default -> {
						assertThat(content.propertyNames()).as(where + " " + response.getKey())
							.containsExactly(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
						assertThat(content.at("/application~1problem+json/schema/$ref").asString())
							.isEqualTo("#/components/schemas/ProblemDetail");
					}
				}
			});
		}));
		assertThat(operationIds).containsExactly("compareDimension", "getAdopter", "getClaim", "getMatrix", "getSource",
				"getSourceText", "getUseCase", "listAdopters", "listClaims", "listContradictions", "listDimensions",
				"listFigures", "listSources", "listUseCases", "listVerdicts", "recommend", "search");
		assertThat(live.at("/paths/~1api~1dimensions~1{slug}/get/responses/404").isMissingNode()).isFalse();
		assertThat(live.at("/paths/~1api~1sources~1{slug}/get/responses/404").isMissingNode()).isFalse();
		assertThat(live.toString()).doesNotContain("*/*");
	}

	@Test
	void showsTheAllowedValuesOfMultiValuedFiltersOnTheItems() {
		JsonNode live = live();
		Map<String, List<String>> enums = Map.of("favors", List.of("RUST", "GO", "NEITHER"), "kind",
				List.of("FIGURE", "ADOPTION", "ARGUMENT"), "winner", List.of("RUST", "GO", "TIE", "DEPENDS"), "type",
				List.of("VERDICT", "CONDITION", "RECOMMENDATION", "CLAIM", "FIGURE", "ADOPTION", "CONTRADICTION"));
		List<String> checked = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : live.get("paths").properties()) {
			for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
				List<String> values = path.getKey().equals("/api/contradictions")
						&& parameter.get("name").asString().equals("kind") ? List.of("VERDICT", "FIGURE", "CLAIM")
								: enums.get(parameter.get("name").asString());
				if (values != null) {
					assertThat(parameter.at("/schema/type").asString()).isEqualTo("array");
					assertThat(parameter.at("/schema/items/enum").valueStream().map(JsonNode::asString))
						.containsExactlyElementsOf(values);
					checked.add(path.getKey() + " " + parameter.get("name").asString());
				}
				if (parameter.at("/schema/type").asString().equals("array")) {
					assertThat(parameter.get("example")).as(parameter.get("name") + " example").isNotNull();
					assertThat(parameter.get("example").isArray()).isTrue();
				}
			}
		}
		// The API's enum-valued filters (not a count of the data).
		assertThat(checked).containsExactlyInAnyOrder("/api/dimensions/{slug} favors", "/api/claims favors",
				"/api/claims kind", "/api/verdicts winner", "/api/contradictions kind", "/api/search type");
		assertThat(live.at("/paths/~1api~1dimensions~1{slug}/get/parameters/0/example").asString())
			.isEqualTo("concurrency");
	}

	@Test
	void marksRequiredRecordComponentsAsRequired() {
		JsonNode schemas = live().at("/components/schemas");
		List<Class<? extends Record>> records = List.of(Claim.class, ClaimPage.class, Comparison.class,
				Comparison.ClaimsBySide.class, Consensus.class, Consensus.WinnerCounts.class, Dimension.class,
				DimensionList.class, DimensionRef.class, DimensionSummary.class, PageInfo.class, PageLinks.class,
				Source.class, SourceDetail.class, SourceList.class, SourceRef.class, Verdict.class, VerdictList.class,
				ApiProblem.class, SearchResult.class, SearchHit.class, SearchHit.Highlights.class, SearchFacets.class,
				SearchTopic.class, TextRange.class);
		for (Class<? extends Record> record : records) {
			Schema type = record.getAnnotation(Schema.class);
			String name = (type != null && !type.name().isEmpty()) ? type.name() : record.getSimpleName();
			JsonNode schema = schemas.get(name);
			assertThat(schema).as("schema " + name).isNotNull();
			Set<String> required = new TreeSet<>();
			for (RecordComponent component : record.getRecordComponents()) {
				Schema annotation = field(record, component.getName()).getAnnotation(Schema.class);
				if (annotation != null && annotation.requiredMode() == Schema.RequiredMode.REQUIRED) {
					required.add(component.getName());
				}
				assertThat(schema.at("/properties/" + component.getName()).isMissingNode())
					.as(name + "." + component.getName())
					.isFalse();
			}
			assertThat(new TreeSet<>(schema.path("required").valueStream().map(JsonNode::asString).toList()))
				.as(name + " required")
				.isEqualTo(required);
		}
	}

	/**
	 * Every example with a request is replayed: the live response must have the example's
	 * status and contain the example (which may be trimmed: fewer array elements).
	 */
	@Test
	void examplesAreWhatTheApiServes() throws IOException {
		JsonNode examples;
		try (InputStream in = new ClassPathResource(OpenApiConfiguration.EXAMPLES_RESOURCE).getInputStream()) {
			examples = json.readTree(in).get("examples");
		}
		int replayed = 0;
		for (Map.Entry<String, JsonNode> example : examples.properties()) {
			JsonNode request = example.getValue().get("request");
			if (request == null) {
				continue;
			}
			String accept = request.path("accept").asString(MediaType.APPLICATION_JSON_VALUE);
			String body = this.client.method(HttpMethod.valueOf(request.get("method").asString()))
				// As a URI, so that a deliberately malformed query string is sent
				// unchanged.
				.uri(URI.create("http://localhost:" + this.port + request.get("path").asString()))
				.header("Accept", accept)
				.headers((headers) -> request.path("headers")
					.properties()
					.forEach((header) -> headers.add(header.getKey(), header.getValue().asString())))
				.exchange()
				.expectStatus()
				.isEqualTo(request.get("status").asInt())
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			JsonNode served = json.readTree(body);
			assertThat(contains(served, example.getValue().get("value")))
				.withFailMessage("Example %s is not what %s %s serves:%n%s", example.getKey(),
						request.get("method").asString(), request.get("path").asString(), body)
				.isTrue();
			replayed++;
		}
		assertThat(replayed).isGreaterThan(5);
	}

	private JsonNode live() {
		String body = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return json.readTree(body);
	}

	/** Pretty-printed like JSON.stringify(value, null, 2), with a final newline. */
	static String pretty(JsonNode node) {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		return json.writer().with(printer).writeValueAsString(node) + "\n";
	}

	/**
	 * Server URLs depend on where the description is served from; they are not compared.
	 */
	private static JsonNode withoutServerUrls(JsonNode description) {
		JsonNode copy = description.deepCopy();
		for (JsonNode server : copy.path("servers")) {
			((ObjectNode) server).put("url", "(server url)");
		}
		return copy;
	}

	private static void collectDifferences(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!expected.has(name)) {
					out.add(child + " (only in the live description)");
				}
				else if (!actual.has(name)) {
					out.add(child + " (only in the committed file)");
				}
				else {
					collectDifferences(child, expected.get(name), actual.get(name), out);
				}
			}
		}
		else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
			for (int i = 0; i < expected.size(); i++) {
				collectDifferences(pointer + "/" + i, expected.get(i), actual.get(i), out);
			}
		}
		else if (!expected.equals(actual)) {
			out.add(pointer + " (committed " + abbreviate(expected) + ", live " + abbreviate(actual) + ")");
		}
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	/** Whether {@code actual} has everything {@code expected} has (arrays in order). */
	static boolean contains(JsonNode actual, JsonNode expected) {
		if (expected.isObject()) {
			return actual.isObject() && expected.properties()
				.stream()
				.allMatch((entry) -> actual.has(entry.getKey())
						&& contains(actual.get(entry.getKey()), entry.getValue()));
		}
		if (expected.isArray()) {
			if (!actual.isArray()) {
				return false;
			}
			int next = 0;
			for (JsonNode element : expected) {
				while (next < actual.size() && !contains(actual.get(next), element)) {
					next++;
				}
				if (next == actual.size()) {
					return false;
				}
				next++;
			}
			return true;
		}
		return expected.equals(actual);
	}

	private static JsonNode resolve(JsonNode description, JsonNode node) {
		JsonNode ref = node.get("$ref");
		return (ref != null) ? description.at(ref.asString().substring(1)) : node;
	}

	private static Field field(Class<?> record, String name) {
		try {
			return record.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
