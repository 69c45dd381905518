package dev.rustvsgo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the application runs on PostgreSQL, reached through a
 * {@link TcpProxy}: every GET route of the API, filled with real slugs and ids and with
 * its filters, keeps answering the same bytes from the in-memory model (with the response
 * cache off, so that each answer is computed), the probes stay UP, the actuator's health
 * reports the database DOWN, each of them within a second, and the health turns UP again
 * by itself when the database is back.
 */
@ExtendWith(PostgresTestDatabase.AvailableCondition.class)
class PostgresOutageTests {

	/** What a load balancer or an operator's check waits for at most. */
	private static final Duration HEALTH_BUDGET = Duration.ofSeconds(1);

	/**
	 * Optional query parameters without which a route answers 400: the recommendation
	 * needs at least one priority.
	 */
	private static final Set<String> NEEDED = Set.of("priorities");

	private static final JsonMapper JSON = JsonMapper.shared();

	private static HttpClient http;

	private int port;

	private int managementPort;

	@BeforeAll
	static void client() {
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@AfterAll
	static void close() {
		http.close();
	}

	@Test
	void answersFromMemoryWhileTheDatabaseIsAwayAndReportsItDownThenUp() throws Exception {
		PostgresTestDatabase.Target database = PostgresTestDatabase.createDatabase("outage");
		URI server = URI.create(database.url().substring("jdbc:".length()));
		try (TcpProxy proxy = TcpProxy.to(server.getHost(), (server.getPort() != -1) ? server.getPort() : 5432);
				ConfigurableApplicationContext application = start(database, server, proxy)) {
			this.port = ((WebServerApplicationContext) application).getWebServer().getPort();
			this.managementPort = Integer
				.parseInt(application.getEnvironment().getRequiredProperty("local.management.port"));
			// The first calls load and compile the health endpoint's code: not timed.
			for (int warmUp = 0; warmUp < 3; warmUp++) {
				health();
				for (Probe probe : probes()) {
					timed(probe.port(), probe.path());
				}
			}
			assertDatabase(health(), 200, "UP");
			List<Request> requests = requests();
			Map<Request, String> before = answers(requests);

			proxy.close();
			assertDatabaseDownAndProbesUp("refused");
			assertSameAnswers(before, "while connections to the database are refused");
			assertDatabaseDownAndProbesUp("refused, after the requests");
			assertPoolEmptiedAndServing();
			proxy.open();
			awaitDatabaseUp("after the refused connections");

			proxy.blackhole(true);
			assertDatabaseDownAndProbesUp("unanswered");
			assertSameAnswers(before, "while the database does not answer");
			proxy.blackhole(false);
			awaitDatabaseUp("after the unanswered connections");
		}
	}

	private static ConfigurableApplicationContext start(PostgresTestDatabase.Target database, URI server,
			TcpProxy proxy) {
		String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath()
				+ ((server.getRawQuery() != null) ? "?" + server.getRawQuery() : "");
		// Arguments, which override application.properties (default properties would
		// not).
		return new SpringApplicationBuilder(RustVsGoApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--rustvsgo.response-cache.max-bytes=0",
				"--spring.main.banner-mode=off");
	}

	private void assertDatabaseDownAndProbesUp(String outage) throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			assertDatabase(health(), 503, "DOWN");
			for (Probe probe : probes()) {
				Timed response = timed(probe.port(), probe.path());
				System.out.printf("outage (%s): %s answered %d in %d ms%n", outage, probe.path(), response.status(),
						response.elapsed().toMillis());
				assertThat(response.status()).as(outage + ": " + probe.path()).isEqualTo(200);
				assertThat(response.body()).as(outage + ": " + probe.path()).isEqualTo("{\"status\":\"UP\"}");
				assertThat(response.elapsed()).as(outage + ": " + probe.path() + " answered in")
					.isLessThan(HEALTH_BUDGET);
			}
		}
	}

	/**
	 * What an operator's metrics show: the pool has dropped every connection and counts a
	 * timeout per health check, while the API's requests are all successes.
	 */
	private void assertPoolEmptiedAndServing() throws Exception {
		Timed prometheus = timed(this.managementPort, "/actuator/prometheus");
		assertThat(prometheus.status()).isEqualTo(200);
		List<String> pool = prometheus.body()
			.lines()
			.filter((line) -> line.startsWith("hikaricp_connections{")
					|| line.startsWith("hikaricp_connections_timeout_total{"))
			.toList();
		System.out.println("during the outage: " + pool);
		assertThat(pool).anySatisfy((line) -> assertThat(line).startsWith("hikaricp_connections{").endsWith(" 0.0"))
			.anySatisfy((line) -> assertThat(line).startsWith("hikaricp_connections_timeout_total{")
				.doesNotEndWith(" 0.0"));
		assertThat(prometheus.body()
			.lines()
			.filter((line) -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/")
					&& !line.contains("status=\"200\"")))
			.isEmpty();
	}

	private List<Probe> probes() {
		return List.of(new Probe(this.port, "/readyz"), new Probe(this.port, "/livez"),
				new Probe(this.managementPort, "/actuator/health/readiness"),
				new Probe(this.managementPort, "/actuator/health/liveness"));
	}

	private void awaitDatabaseUp(String when) throws Exception {
		long start = System.nanoTime();
		Duration waited = Duration.ZERO;
		Timed health = health();
		while (health.status() != 200 && waited.compareTo(Duration.ofSeconds(30)) < 0) {
			Thread.sleep(200);
			health = health();
			waited = Duration.ofNanos(System.nanoTime() - start);
		}
		System.out.printf("recovery (%s): /actuator/health UP after %d ms%n", when, waited.toMillis());
		assertDatabase(health, 200, "UP");
	}

	private Timed health() throws IOException, InterruptedException {
		return timed(this.managementPort, "/actuator/health");
	}

	private static void assertDatabase(Timed health, int status, String db) {
		JsonNode body = JSON.readTree(health.body());
		System.out.printf("/actuator/health answered %d in %d ms, db: %s%n", health.status(),
				health.elapsed().toMillis(), body.path("components").path("db"));
		assertThat(health.status()).as("/actuator/health: " + health.body()).isEqualTo(status);
		assertThat(body.path("status").asString()).isEqualTo(db);
		assertThat(body.path("components").path("db").path("status").asString()).as("db in " + health.body())
			.isEqualTo(db);
		assertThat(health.elapsed()).as("/actuator/health answered in").isLessThan(HEALTH_BUDGET);
	}

	/**
	 * Every GET route of the API from its OpenAPI description, in each media type it
	 * declares: path variables filled with every slug or id its collection lists, and
	 * each query parameter on its own with real values (each value of an enumeration),
	 * plus the page and the description itself.
	 */
	private List<Request> requests() throws IOException, InterruptedException {
		JsonNode paths = JSON.readTree(body("/v3/api-docs")).path("paths");
		Map<String, List<String>> queryValues = queryValues();
		List<Request> requests = new ArrayList<>(
				List.of(new Request("/", "text/html"), new Request("/v3/api-docs", "application/json")));
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			JsonNode get = path.getValue().path("get");
			assertThat(get.isObject()).as("GET " + path.getKey()).isTrue();
			List<String> mediaTypes = new ArrayList<>(
					get.path("responses").path("200").path("content").propertyNames());
			assertThat(mediaTypes).as("media types of GET " + path.getKey()).isNotEmpty();
			List<JsonNode> parameters = new ArrayList<>();
			get.path("parameters").forEach((parameter) -> {
				if (parameter.path("in").asString().equals("query")) {
					parameters.add(parameter);
				}
			});
			// Required (and needed) parameters go with their first value into every
			// request; each parameter, with each of its values, into a request of its
			// own.
			Map<String, String> required = new LinkedHashMap<>();
			for (JsonNode parameter : parameters) {
				if (parameter.path("required").asBoolean() || NEEDED.contains(parameter.path("name").asString())) {
					required.put(parameter.path("name").asString(), values(parameter, queryValues).get(0));
				}
			}
			List<String> expanded = expand(path.getKey());
			List<String> variants = new ArrayList<>();
			for (String uri : expanded) {
				variants.add(withQuery(uri, required));
			}
			for (JsonNode parameter : parameters) {
				for (String value : values(parameter, queryValues)) {
					Map<String, String> query = new LinkedHashMap<>(required);
					query.put(parameter.path("name").asString(), value);
					variants.add(withQuery(expanded.get(0), query));
				}
			}
			for (String uri : variants) {
				for (String mediaType : mediaTypes) {
					requests.add(new Request(uri, mediaType));
				}
			}
		}
		List<Request> distinct = List.copyOf(new LinkedHashSet<>(requests));
		System.out.printf("%d requests over %d paths%n", distinct.size(), paths.size());
		return distinct;
	}

	private static String withQuery(String path, Map<String, String> query) {
		StringBuilder uri = new StringBuilder(path);
		query.forEach(
				(name, value) -> uri.append((uri.indexOf("?") < 0) ? '?' : '&').append(name).append('=').append(value));
		return uri.toString();
	}

	/** The path with each variable replaced by every value its collection lists. */
	private List<String> expand(String template) throws IOException, InterruptedException {
		Matcher variable = Pattern.compile("\\{[^}]+}").matcher(template);
		if (!variable.find()) {
			return List.of(template);
		}
		String collection = template.substring(0, variable.start() - 1);
		List<String> uris = new ArrayList<>();
		for (String value : listed(collection)) {
			uris.addAll(expand(template.substring(0, variable.start()) + value + template.substring(variable.end())));
		}
		assertThat(uris).as("values for " + template + " from " + collection).isNotEmpty();
		return uris;
	}

	/**
	 * The slug or id of every element a collection lists, all pages: the element's own,
	 * else that of the object it describes ({@code useCase}, {@code organisation}).
	 */
	private List<String> listed(String collection) throws IOException, InterruptedException {
		List<String> values = new ArrayList<>();
		String next = collection;
		while (next != null) {
			JsonNode list = JSON.readTree(body(next));
			JsonNode elements = list.properties()
				.stream()
				.map(Map.Entry::getValue)
				.filter(JsonNode::isArray)
				.findFirst()
				.orElseThrow(() -> new AssertionError(collection + " lists nothing"));
			for (JsonNode element : elements) {
				values.add(key(element).orElseThrow(() -> new AssertionError("No slug or id in " + element)));
			}
			JsonNode link = list.path("links").path("next");
			next = (link.isString()) ? link.asString() : null;
		}
		return values;
	}

	private static Optional<String> key(JsonNode element) {
		for (String name : List.of("slug", "id")) {
			if (element.path(name).isValueNode()) {
				return Optional.of(element.path(name).asString());
			}
		}
		return element.properties()
			.stream()
			.map(Map.Entry::getValue)
			.filter((value) -> value.isObject() && value.path("slug").isString())
			.map((value) -> value.path("slug").asString())
			.findFirst();
	}

	/**
	 * Real values for the query parameters that take names rather than an enumeration.
	 */
	private Map<String, List<String>> queryValues() throws IOException, InterruptedException {
		List<String> dimensions = listed("/api/dimensions");
		List<String> sources = listed("/api/sources");
		Set<String> metrics = new LinkedHashSet<>();
		for (JsonNode figure : JSON.readTree(body("/api/figures?size=100")).path("figures")) {
			metrics.add(figure.path("metric").asString());
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("dimension", List.of(dimensions.get(1), dimensions.get(1) + "," + dimensions.get(2)));
		values.put("source", List.of(sources.get(0), sources.get(0) + "," + sources.get(1)));
		values.put("metric", List.copyOf(metrics).subList(0, 2));
		values.put("useCase", listed("/api/use-cases").subList(0, 2));
		values.put("q", List.of("garbage", "1.5%C3%97"));
		values.put("priorities", List.of("performance:3,learning-curve:1", dimensions.get(2) + ":10"));
		values.put("page", List.of("1", "2"));
		values.put("size", List.of("1", "7"));
		return values;
	}

	private static List<String> values(JsonNode parameter, Map<String, List<String>> queryValues) {
		JsonNode schema = parameter.path("schema");
		JsonNode enumeration = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
		if (enumeration.isArray()) {
			List<String> values = new ArrayList<>();
			enumeration.forEach((value) -> values.add(value.asString()));
			if (schema.path("type").asString().equals("array")) {
				values.add(values.get(0) + "," + values.get(values.size() - 1));
			}
			return values;
		}
		String name = parameter.path("name").asString();
		assertThat(queryValues).as("values for the query parameter " + name).containsKey(name);
		return queryValues.get(name);
	}

	private void assertSameAnswers(Map<Request, String> before, String when) throws IOException, InterruptedException {
		Map<Request, String> now = answers(before.keySet());
		before.forEach((request, answer) -> assertThat(now.get(request)).as(when + ": " + request).isEqualTo(answer));
	}

	/** Each request's content type and body (its status must be 200), in order. */
	private Map<Request, String> answers(Collection<Request> requests) throws IOException, InterruptedException {
		Map<Request, String> answers = new LinkedHashMap<>();
		for (Request request : requests) {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url(this.port, request.uri())))
				.header("Accept", request.accept())
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(request.toString()).isEqualTo(200);
			// ISO-8859-1 maps each byte to one char, so equal strings are equal bytes.
			answers.put(request, response.headers().firstValue("Content-Type").orElse("") + "\n"
					+ new String(response.body(), StandardCharsets.ISO_8859_1));
		}
		return answers;
	}

	private String body(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(this.port, path))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static Timed timed(int port, String path) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(url(port, path))).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Timed(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
	}

	private static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	record Request(String uri, String accept) {

		@Override
		public String toString() {
			return "GET " + this.uri + " (" + this.accept + ")";
		}

	}

	record Probe(int port, String path) {
	}

	record Timed(int status, String body, Duration elapsed) {
	}

}
