package dev.rustvsgo.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import dev.rustvsgo.web.cache.ResponseCache;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the SQL statements each endpoint runs after start-up: none, on a cold response
 * cache as on a warm one, because every answer comes from the in-memory model loaded at
 * start-up. Subclasses repeat the check on larger data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureRestTestClient
class StatementCountTests {

	/** Requests covering every API path with its filters, paging and sort orders. */
	static final List<String> REQUESTS = List.of("/api/dimensions", "/api/dimensions?page=1&size=5",
			"/api/dimensions?basis=IMPLIED", "/api/dimensions/concurrency",
			"/api/dimensions/concurrency?source=two-roads-one-destination&favors=GO",
			"/api/dimensions/overall?basis=STATED", "/api/sources", "/api/sources/two-roads-one-destination",
			"/api/sources/two-roads-one-destination/text", "/api/contradictions", "/api/contradictions?kind=FIGURE",
			"/api/contradictions?kind=CLAIM&source=practical-comparison-2026",
			"/api/contradictions?dimension=concurrency", "/api/use-cases", "/api/use-cases/webassembly",
			"/api/use-cases?language=BOTH", "/api/figures?metric=crates-io-packages", "/api/figures?subject=GO&size=5",
			"/api/adopters", "/api/adopters?language=BOTH", "/api/adopters/dropbox", "/api/claims/107", "/api/matrix",
			"/api/matrix?basis=STATED&source=two-roads-one-destination",
			"/api/recommendation?priorities=performance:3,learning-curve:1",
			"/api/recommendation?priorities=performance:1&useCase=cli-tools", "/api/claims?favors=GO&size=20",
			"/api/claims?q=garbage&dimension=memory&page=0&size=5", "/api/claims?sort=-favors&page=2",
			"/api/verdicts?dimension=concurrency", "/api/verdicts?winner=GO&page=1&size=4",
			"/api/verdicts?source=two-roads-one-destination,practical-comparison-2026&page=2&size=3",
			"/api/verdicts?basis=IMPLIED&winner=DEPENDS", "/api/verdicts?page=100", "/api/search?q=wasm",
			"/api/search?q=GC pauses&type=CLAIM,ADOPTION&source=two-roads-one-destination&page=0&size=5",
			"/api/search?q=\"borrow checker\"&dimension=learning-curve&language=RUST");

	@Autowired
	private RestTestClient client;

	@Autowired
	private ResponseCache responses;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.statistics.isStatisticsEnabled()).isTrue();
	}

	@Test
	void runsNoStatementPerRequestColdOrWarm() {
		for (String request : REQUESTS) {
			this.responses.clear();
			this.statistics.clear();
			get(request);
			assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s on a cold cache", request)
				.isZero();
			get(request);
			assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s on a warm cache", request)
				.isZero();
		}
	}

	@Test
	void coversEveryPathOfTheApi() {
		JsonNode paths = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("paths");
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
			assertThat(REQUESTS).as("a request for %s", path.getKey())
				.anyMatch((request) -> template.matcher(request).matches());
		}
	}

	private void get(String uri) {
		this.client.get().uri(uri).exchange().expectStatus().isOk();
	}

}
