package dev.rustvsgo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rustvsgo.data.DataFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches: Prometheus metrics on the management port (a port of its own,
 * as in production), the probes on the application port, and the trace id of each request
 * in the log lines written while serving it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final String SOURCE = "/api/sources/two-roads-one-destination";

	private static HttpClient http;

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private DataFiles dataFiles;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LoggingSystem loggingSystem;

	@BeforeAll
	static void client() {
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@AfterAll
	static void close() {
		http.close();
	}

	@Test
	void servesPrometheusMetricsOnTheManagementPortOnly() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(metrics.body()).contains("# TYPE http_server_requests_seconds histogram");
		HttpResponse<String> onTheApplicationPort = get(this.port, "/actuator/prometheus");
		assertThat(onTheApplicationPort.statusCode()).isEqualTo(404);
		assertThat(onTheApplicationPort.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/problem+json");
	}

	@Test
	void answersProbesOnTheApplicationPortAndInfoOnTheManagementPort() throws Exception {
		for (String probe : List.of("/readyz", "/livez")) {
			HttpResponse<String> response = get(this.port, probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		HttpResponse<String> info = get(this.managementPort, "/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"version\":\"" + this.dataFiles.version().digest() + "\"");
	}

	@Test
	void countsCachedResponsesUnderTheirRouteWithLatencyBuckets() throws Exception {
		String route = "uri=\"/api/sources/{slug}\"";
		double before = sum(metrics(), "http_server_requests_seconds_count", route, "status=\"200\"");
		double hitsBefore = sum(metrics(), "cache_gets_total", "cache=\"responses\"", "result=\"hit\"");
		for (int i = 0; i < 3; i++) {
			assertThat(get(this.port, SOURCE).statusCode()).isEqualTo(200);
		}
		String metrics = metrics();
		// The first request may render the response, the others are cache hits: all three
		// under the route, none as UNKNOWN.
		assertThat(sum(metrics, "http_server_requests_seconds_count", route, "status=\"200\"")).isEqualTo(before + 3);
		assertThat(sum(metrics, "http_server_requests_seconds_count", "uri=\"UNKNOWN\"", "status=\"200\"")).isZero();
		assertThat(sum(metrics, "cache_gets_total", "cache=\"responses\"", "result=\"hit\""))
			.isGreaterThanOrEqualTo(hitsBefore + 2);
		assertThat(sum(metrics, "http_server_requests_seconds_bucket", route, "status=\"200\"", "le=\"+Inf\""))
			.isEqualTo(before + 3);
		assertThat(lines(metrics, "http_server_requests_seconds_bucket", route, "status=\"200\""))
			.hasSizeGreaterThan(20);
	}

	@Test
	void publishesTheResponseCacheAndTheDataSetSize() throws Exception {
		get(this.port, SOURCE);
		String metrics = metrics();
		for (String name : List.of("cache_gets_total", "cache_evictions_total", "cache_size")) {
			assertThat(lines(metrics, name, "cache=\"responses\"")).as(name).isNotEmpty();
		}
		assertThat(sum(metrics, "rustvsgo_response_cache_size_bytes")).isPositive();
		assertThat(sum(metrics, "rustvsgo_response_cache_limit_bytes")).isEqualTo(33_554_432);
		long claims = this.jdbc.sql("SELECT count(*) FROM claim").query(Long.class).single();
		assertThat(claims).isGreaterThan(300);
		assertThat(sum(metrics, "rustvsgo_data_rows", "table=\"claim\"")).isEqualTo(claims);
		assertThat(sum(metrics, "rustvsgo_data_articles")).isEqualTo(this.dataFiles.version().articles());
		assertThat(sum(metrics, "rustvsgo_data_info", "version=\"" + this.dataFiles.version().digest() + "\""))
			.isEqualTo(1);
	}

	@Test
	void publishesTheConnectionPoolAndTheJvm() throws Exception {
		String metrics = metrics();
		for (String name : List.of("hikaricp_connections_pending", "hikaricp_connections_active",
				"hikaricp_connections_acquire_seconds_count", "jvm_memory_used_bytes", "jvm_memory_usage_after_gc",
				"jvm_gc_memory_allocated_bytes_total", "jvm_threads_live_threads", "process_cpu_usage")) {
			assertThat(lines(metrics, name)).as(name).isNotEmpty();
		}
	}

	/**
	 * The trace id of an incoming W3C traceparent, sampled or not, is in the log lines
	 * written while serving the request (here the dispatcher's debug line).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "01", "00" })
	void logsTheTraceIdOfTheIncomingTraceparent(String flags, CapturedOutput output) throws Exception {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String query = "q=traced-" + UUID.randomUUID();
		String logLine = whileDebugging(() -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url(this.port, "/api/claims?" + query)))
				.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-" + flags)
				.build();
			assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
			return line(output, query);
		});
		assertThat(logLine).contains("[" + traceId + "-");
	}

	@Test
	void startsATraceForARequestWithoutTraceparent(CapturedOutput output) throws Exception {
		String query = "q=untraced-" + UUID.randomUUID();
		String logLine = whileDebugging(() -> {
			assertThat(get(this.port, "/api/claims?" + query).statusCode()).isEqualTo(200);
			return line(output, query);
		});
		assertThat(logLine).containsPattern("\\[[0-9a-f]{32}-[0-9a-f]{16}\\]");
	}

	/** Runs with the dispatcher's debug log, which writes a line per request. */
	private String whileDebugging(Request request) throws Exception {
		String logger = DispatcherServlet.class.getName();
		this.loggingSystem.setLogLevel(logger, LogLevel.DEBUG);
		try {
			return request.send();
		}
		finally {
			this.loggingSystem.setLogLevel(logger, null);
		}
	}

	private static String line(CapturedOutput output, String text) {
		return output.getOut()
			.lines()
			.filter((line) -> line.contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No log line mentions " + text));
	}

	private String metrics() throws IOException, InterruptedException {
		return get(this.managementPort, "/actuator/prometheus").body();
	}

	/** The lines of a metric whose labels include each of the given ones. */
	private static List<String> lines(String metrics, String name, String... labels) {
		return metrics.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> List.of(labels).stream().allMatch(line::contains))
			.toList();
	}

	private static double sum(String metrics, String name, String... labels) {
		double sum = 0;
		for (String line : lines(metrics, name, labels)) {
			Matcher value = Pattern.compile(" (\\S+)$").matcher(line);
			assertThat(value.find()).as(line).isTrue();
			sum += Double.parseDouble(value.group(1));
		}
		return sum;
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(port, path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	@FunctionalInterface
	private interface Request {

		String send() throws Exception;

	}

}
