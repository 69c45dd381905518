package dev.rustvsgo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same HTTP suite on PostgreSQL (see {@link PostgresTestDatabase} for which server),
 * plus a check that every endpoint answers byte for byte as it does on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@OnPostgres
class PostgresApiHttpTests extends ApiHttpTests {

	/**
	 * Every read endpoint, with filters that exercise ordering across sources and
	 * dimensions.
	 */
	static final List<String> PARITY_URIS = List.of("/api/dimensions", "/api/dimensions/concurrency",
			"/api/dimensions/performance?favors=RUST,NEITHER",
			"/api/dimensions/learning-curve?source=two-roads-one-destination", "/api/sources",
			"/api/sources/two-roads-one-destination", "/api/sources/go-for-a-job-rust-to-understand-computers",
			"/api/claims", "/api/claims?size=100", "/api/claims?size=100&page=1", "/api/claims?size=100&page=2",
			"/api/claims?q=garbage&size=50", "/api/claims?kind=ADOPTION&size=100", "/api/verdicts",
			"/api/verdicts?winner=GO", "/api/dimensions/telepathy", "/api/claims?favors=ZIG", "/api/verdicts?size=100",
			"/api/verdicts?basis=IMPLIED", "/api/dimensions?basis=STATED", "/api/dimensions/overall", "/api/use-cases",
			"/api/use-cases/financial-systems", "/api/use-cases?language=BOTH", "/api/figures?size=100",
			"/api/figures?metric=time-to-productive", "/api/adopters", "/api/adopters/google", "/api/claims/107",
			"/api/claims/999999", "/api/figures?metric=zig", "/api/matrix", "/api/matrix?basis=IMPLIED",
			"/api/contradictions", "/api/contradictions?kind=FIGURE", "/api/dimensions/performance",
			"/api/recommendation?priorities=performance:3,learning-curve:1&useCase=cli-tools",
			"/api/recommendation?priorities=performance:11", "/api/search?q=GC pauses&size=100",
			"/api/search?q=wasm&type=RECOMMENDATION,CLAIM", "/api/search?q=\"borrow checker\"&language=RUST",
			"/api/search?q=\"unbalanced");

	@Test
	void servesByteForByteTheSameJsonAsH2() {
		try (ConfigurableApplicationContext h2 = new SpringApplicationBuilder(RustVsGoApplication.class)
			.properties("server.port=0", "management.server.port=0",
					"spring.datasource.url=jdbc:h2:mem:parity;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
					"spring.datasource.password=", "spring.main.banner-mode=off")
			.run()) {
			int port = ((WebServerApplicationContext) h2).getWebServer().getPort();
			RestClient h2Client = RestClient.create("http://localhost:" + port);
			for (String uri : PARITY_URIS) {
				assertSameBytes(h2Client, uri, "application/json");
			}
			for (String uri : List.of("/api/matrix", "/api/claims?size=100", "/api/verdicts?size=100&basis=IMPLIED")) {
				assertSameBytes(h2Client, uri, "text/csv");
			}
			assertSameBytes(h2Client, "/api/sources/two-roads-one-destination/text", "text/plain");
		}
	}

	private void assertSameBytes(RestClient h2Client, String uri, String accept) {
		byte[] fromPostgres = this.client.get()
			.uri(uri)
			.header("Accept", accept)
			.exchange()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		byte[] fromH2 = h2Client.get()
			.uri(uri)
			.header("Accept", accept)
			.exchange((request, response) -> response.getBody().readAllBytes());
		assertThat(new String(fromPostgres)).as(accept + " " + uri).isNotEmpty().isEqualTo(new String(fromH2));
	}

}
