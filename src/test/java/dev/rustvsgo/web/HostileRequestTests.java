package dev.rustvsgo.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Property-style robustness check: thousands of hostile paths, parameters and headers,
 * drawn from fixed seeds so any failure reproduces. Whatever is sent, the API never
 * answers 5xx, every error is an RFC 9457 problem, and every 200 is JSON with the
 * documented top-level fields of its endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTests {

	static final int REQUESTS_PER_SEED = 500;

	static final List<String> HOSTILE = List.of("' OR 1=1--", "1; DROP TABLE claim;--", "\" OR \"\"=\"",
			"../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "\u0000", "😀", "ü", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
			"\u202etxt.exe", "", " ", "\t\n", "99999999999999999999", "-1", "0", "2147483648", "-2147483649", "NaN",
			"1e309", "0x10", "<script>alert(1)</script>", "%", "_", "\\", "\"", "null", "true", "[]", "{}",
			"concurrency", "GO", "go", "RUST,GO", "BOTH", "STATED", "IMPLIED", "crates-io-packages", "webassembly",
			"dropbox", "107", "performance:3", "performance:3,learning-curve:1", "performance", "performance:11",
			"performance:-1", "VERDICT", "CLAIM", "performance:3,performance:2", "performance:0", "learning-curve:1.5",
			":", "text/csv", ",,,", "x".repeat(3000), "two-roads-one-destination", "FIGURE", "-id", "id,desc",
			"${jndi:ldap://127.0.0.1/a}", "%s%s%s%n", "Ω≈ç√", "\uFEFF", "\uD83D", "concurrency/../sources", "GC pauses",
			"\"borrow checker\"", "\"unbalanced", "\"\"", "a*", "foo~2", "(rust", "title:rust", "+-!", "CLAIM",
			"ADOPTION", "\\\"", "\"a\" \"b");

	static final List<String> PARAMETERS = List.of("dimension", "source", "favors", "kind", "q", "page", "size", "sort",
			"winner", "basis", "metric", "subject", "language", "priorities", "useCase", "type", "favour", "__proto__",
			"page[]", "", "q ");

	static final List<String> PATHS = List.of("/api/dimensions", "/api/dimensions/{}", "/api/sources",
			"/api/sources/{}", "/api/claims", "/api/verdicts", "/api/{}", "/{}", "/api/dimensions/{}/{}",
			"/api/claims/{}", "/v3/api-docs/{}", "/api/use-cases", "/api/use-cases/{}", "/api/figures", "/api/adopters",
			"/api/adopters/{}", "/api/matrix", "/api/recommendation", "/api/sources/{}/text", "/api/contradictions",
			"/api/search", "/api/search");

	static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/html", "application/xml", "text/csv",
			"text/csv;q=0.9, application/json", "text/plain", "text/*", "application/problem+json", "application/*",
			"garbage/////", "text/plain;q=0.5, application/json;q=0.1");

	static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "HEAD", "POST", "DELETE", "PUT", "OPTIONS");

	/** Top-level fields each endpoint's 200 body must have, as documented. */
	static final Map<String, List<String>> FIELDS = Map.ofEntries(
			Map.entry("/api/dimensions", List.of("dimensions", "page", "links")),
			Map.entry("/api/dimensions/",
					List.of("dimension", "consensus", "verdicts", "sourcesWithoutVerdict", "claims", "contradictions")),
			Map.entry("/api/sources", List.of("sources")), Map.entry("/api/sources/", List.of("source", "verdicts")),
			Map.entry("/api/claims", List.of("claims", "page", "links")),
			Map.entry("/api/claims/", List.of("id", "source", "quote")),
			Map.entry("/api/verdicts", List.of("verdicts", "page", "links")),
			Map.entry("/api/use-cases", List.of("useCases")),
			Map.entry("/api/use-cases/", List.of("useCase", "articles", "recommendations")),
			Map.entry("/api/figures", List.of("figures", "page", "links")),
			Map.entry("/api/adopters", List.of("adopters")),
			Map.entry("/api/adopters/", List.of("organisation", "statements")),
			Map.entry("/api/matrix", List.of("sources", "rows")),
			Map.entry("/api/contradictions", List.of("contradictions", "page", "links")),
			Map.entry("/api/recommendation", List.of("leading", "score", "scores", "dimensions", "method")),
			Map.entry("/api/search", List.of("query", "hits", "facets", "page", "links")));

	private static HttpClient http;

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JsonMapper jsonMapper;

	@BeforeAll
	static void client() {
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@AfterAll
	static void close() {
		http.close();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void neverAnswersServerErrorsAndAlwaysAnswersProblemsOrDocumentedJson(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS_PER_SEED; i++) {
			String path = path(random);
			String method = pick(random, METHODS);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofSeconds(10));
			if (random.nextBoolean()) {
				request.header("Accept", pick(random, ACCEPTS));
			}
			if (random.nextInt(4) == 0) {
				request.header("Accept-Encoding", pick(random, List.of("gzip", "br", "gzip;q=0", "*", "identity")));
			}
			if (random.nextInt(4) == 0) {
				request.header("If-None-Match", pick(random, List.of("*", "\"x\"", "W/\"x\"", "garbage", "\"\"")));
			}
			if (random.nextInt(5) == 0) {
				request.header("Origin", pick(random, List.of("https://evil.example", "null", "http://localhost")));
			}
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String problem = check(method, path, response);
			if (problem != null) {
				failures.add(method + " " + path + " -> " + response.statusCode() + ": " + problem);
			}
		}
		assertThat(failures).as("seed %d", seed).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/claims?q=%ZZ HTTP/1.1", "GET /api/claims?q=%C3%28 HTTP/1.1",
			"GET /api/claims?q=1.5\u00d7 HTTP/1.1", "GET /api/dimensions/\u0001 HTTP/1.1",
			"GET /api/dimensions/a b HTTP/1.1", "GET /../../etc/passwd HTTP/1.1",
			"GET /api/sources/%2e%2e%2f%2e%2e%2fetc HTTP/1.1", "BREW /api/claims HTTP/1.1",
			"GET /api/claims?page=1&page=2&page=x HTTP/1.1" })
	void answersMalformedRequestLinesWithProblems(String requestLine) throws IOException {
		RawResponse response = send(requestLine);
		assertThat(response.status()).as(requestLine).isBetween(400, 499);
		assertThat(response.contentType()).as(requestLine).startsWith("application/problem+json");
		JsonNode json = this.jsonMapper.readTree(response.body());
		assertThat(json.get("status").asInt()).isEqualTo(response.status());
		assertThat(json.get("type").asString()).startsWith("urn:problem-type:rust-vs-go:");
		assertThat(json.has("title")).isTrue();
		assertThat(json.has("detail")).isTrue();
	}

	/**
	 * Requests Tomcat rejects before Spring MVC sees them: the request line (and any
	 * headers after it), the status, the title, what the detail says and the instance
	 * (none when the path was never read).
	 */
	static Stream<Arguments> rejectedBeforeSpring() {
		return Stream.of(
				arguments("GET /api/claims/% HTTP/1.1", 400, "Malformed path",
						"'%' must be followed by two hexadecimal digits", "/api/claims/%25"),
				arguments("GET /api/verdicts/%% HTTP/1.1", 400, "Malformed path", "Write a literal '%' as %25",
						"/api/verdicts/%25%25"),
				arguments("GET /%zz HTTP/1.1", 400, "Malformed path", "invalid percent-encoding", "/%25zz"),
				arguments("GET /api/claims/%2Fetc HTTP/1.1", 400, "Malformed path", "an encoded '/' (%2F)",
						"/api/claims/%2Fetc"),
				arguments("GET /api/dimensions/\u0001 HTTP/1.1", 400, "Malformed request", "printable ASCII only",
						null),
				arguments("GET /api/claims HTTP/1.1\r\nBad Header: 1", 400, "Malformed request",
						"header names must be tokens", "/api/claims"),
				arguments(
						named("GET /api/claims?q=<9,000 bytes>", "GET /api/claims?q=" + "x".repeat(9000) + " HTTP/1.1"),
						414, "URI too long", "longer than the 8192 bytes", null),
				arguments(
						named("GET /api/claims with a 9,000-byte header",
								"GET /api/claims HTTP/1.1\r\nX-Padding: " + "x".repeat(9000)),
						431, "Request headers too large", "8192 bytes together", "/api/claims"),
				arguments(
						named("GET /api/claims with 101 headers",
								"GET /api/claims HTTP/1.1" + "\r\nX-Header: 1".repeat(101)),
						431, "Request headers too large", "at most 100 header fields", "/api/claims"),
				arguments("TRACE /api/claims HTTP/1.1", 405, "Method Not Allowed", "Method 'TRACE' is not supported",
						"/api/claims"),
				arguments("GET /api/claims HTTP/3.0", 505, "HTTP version not supported", "HTTP/1.1", "/api/claims"));
	}

	@ParameterizedTest
	@MethodSource("rejectedBeforeSpring")
	void answersWhatTomcatRejectsWithProblemsThatNameTheFault(String request, int status, String title, String detail,
			String instance) throws IOException {
		RawResponse response = send(request);
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = this.jsonMapper.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).startsWith("urn:problem-type:rust-vs-go:");
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("detail").asString()).contains(detail);
		if (instance != null) {
			assertThat(problem.get("instance").asString()).isEqualTo(instance);
		}
		else {
			assertThat(problem.has("instance")).isFalse();
		}
	}

	/**
	 * After hostile traffic, every {@code uri} label of the request metrics is a route
	 * the application maps (or Spring's UNKNOWN, NOT_FOUND, REDIRECTION): never a raw
	 * path, so the number of series does not grow with what clients send.
	 */
	@Test
	void keepsTheRequestMetricsLabelsBoundedUnderHostileTraffic() throws Exception {
		// GET only: the other methods are the random test's, and each 405 logs a warning.
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			String path = path(random);
			http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.discarding());
		}
		for (String request : List.of("GET /api/claims/% HTTP/1.1", "GET /%zz HTTP/1.1", "BREW /api/claims HTTP/1.1",
				"GET /api/sources/%2e%2e%2f%2e%2e%2fetc HTTP/1.1", "TRACE /api/claims HTTP/1.1")) {
			send(request);
		}
		String metrics = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + "/actuator/prometheus"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		List<String> requestMetrics = metrics.lines()
			.filter((line) -> line.startsWith("http_server_requests"))
			.toList();
		Set<String> uris = labels(requestMetrics, "uri");
		Set<String> routes = routes();
		assertThat(uris).hasSizeGreaterThan(10).allSatisfy((uri) -> assertThat(routes).contains(uri));
		assertThat(labels(requestMetrics, "method")).isSubsetOf("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
				"PATCH", "TRACE", "UNKNOWN");
	}

	/** The values of a label in the given Prometheus lines. */
	private static Set<String> labels(List<String> lines, String label) {
		Pattern value = Pattern.compile("[{,]" + label + "=\"((?:[^\"\\\\]|\\\\.)*)\"");
		Set<String> values = new TreeSet<>();
		for (String line : lines) {
			Matcher matcher = value.matcher(line);
			if (matcher.find()) {
				values.add(matcher.group(1));
			}
		}
		return values;
	}

	/**
	 * Every path pattern the application maps (controllers, actuator paths, static
	 * resources), and Spring's labels for requests no handler took.
	 */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>(List.of("UNKNOWN", "NOT_FOUND", "REDIRECTION"));
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods()
				.keySet()
				.forEach((info) -> routes.addAll(info.getPatternValues())));
		this.context.getBeansOfType(AbstractUrlHandlerMapping.class)
			.values()
			.forEach((mapping) -> routes.addAll(mapping.getHandlerMap().keySet()));
		return routes;
	}

	/**
	 * Sends a request as written, on a socket, since HTTP clients refuse malformed ones.
	 */
	private RawResponse send(String requestLineAndHeaders) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLineAndHeaders + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			String contentType = head.lines()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
				.map((line) -> line.substring("content-type:".length()).trim())
				.findFirst()
				.orElse("");
			String body = response.substring(head.length() + 4);
			if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
			}
			return new RawResponse(status, contentType, body);
		}
	}

	private record RawResponse(int status, String contentType, String body) {
	}

	private String check(String method, String path, HttpResponse<byte[]> response) throws IOException {
		int status = response.statusCode();
		if (status >= 500) {
			return "server error " + new String(response.body(), StandardCharsets.UTF_8);
		}
		if (method.equals("HEAD") || method.equals("OPTIONS") || status == 304) {
			return null;
		}
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		byte[] body = response.body();
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
			try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = gzip.readAllBytes();
			}
		}
		if (status >= 400) {
			if (!contentType.startsWith("application/problem+json")) {
				return "error without problem+json: " + contentType;
			}
			JsonNode problem = this.jsonMapper.readTree(body);
			for (String field : List.of("type", "title", "status", "detail", "instance")) {
				// A 414 has no instance: Tomcat gave up before it had read the path.
				if (!problem.has(field) && !(field.equals("instance") && status == 414)) {
					return "problem without " + field + ": " + problem;
				}
			}
			return (problem.get("status").asInt() == status) ? null : "problem status differs: " + problem;
		}
		if (status == 200 && path.startsWith("/api/")) {
			String pathOnly = path.replaceAll("\\?.*", "");
			if (contentType.startsWith("text/csv")) {
				return (pathOnly.equals("/api/matrix") || pathOnly.equals("/api/claims")
						|| pathOnly.equals("/api/verdicts")) && body.length > 0 ? null : "unexpected CSV from " + path;
			}
			if (pathOnly.matches("/api/sources/[^/]+/text")) {
				return contentType.startsWith("text/plain") ? null : "text without text/plain: " + contentType;
			}
			if (!contentType.startsWith("application/json")) {
				return "200 without JSON: " + contentType;
			}
			JsonNode json = this.jsonMapper.readTree(body);
			String endpoint = path.replaceAll("\\?.*", "")
				.replaceAll("^(/api/(dimensions|sources|claims|use-cases|adopters)/).+$", "$1");

			for (String field : FIELDS.getOrDefault(endpoint, List.of())) {
				if (!json.has(field)) {
					return "200 without documented field " + field;
				}
			}
			return FIELDS.containsKey(endpoint) ? null : "200 from an undocumented endpoint " + endpoint;
		}
		return null;
	}

	private static String path(Random random) {
		String path = pick(random, PATHS);
		while (path.contains("{}")) {
			path = path.replaceFirst("\\{}", encodePath(pick(random, HOSTILE)).replace("$", "\\$"));
		}
		StringBuilder query = new StringBuilder();
		int parameters = random.nextInt(5);
		for (int i = 0; i < parameters; i++) {
			query.append((i == 0) ? '?' : '&')
				.append(URLEncoder.encode(pick(random, PARAMETERS), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pick(random, HOSTILE), StandardCharsets.UTF_8));
		}
		return path + query;
	}

	private static String encodePath(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
