package dev.rustvsgo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP, asserting content taken from the articles. Run on
 * H2 by {@link H2ApiHttpTests} and on PostgreSQL by {@link PostgresApiHttpTests}.
 */
abstract class ApiHttpTests {

	@Autowired
	protected RestTestClient client;

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
		assertThat(sources).hasSize(5);
		assertThat(sources).allSatisfy((source) -> assertThat(source.get("publishedOn")).isNull());
		assertThat(sources).filteredOn((source) -> source.get("title") == null)
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
		List<Map<String, Object>> dimensions = list(getJson("/api/dimensions"), "dimensions");
		assertThat(dimensions).hasSizeGreaterThan(12);
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
		this.client.get()
			.uri("/api/dimensions/telepathy")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.slug")
			.isEqualTo("telepathy")
			.jsonPath("$.instance")
			.isEqualTo("/api/dimensions/telepathy");
	}

	@Test
	void answersBadEnumWithProblemListingAllowedValues() {
		this.client.get()
			.uri("/api/claims?favors=ZIG")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("favors")
			.jsonPath("$.allowedValues")
			.isEqualTo(List.of("RUST", "GO", "NEITHER"));
	}

	@Test
	void answersBadPageSizeWithProblem() {
		this.client.get()
			.uri("/api/claims?size=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("size");
	}

	@Test
	void answersUnknownRouteWithNotFoundProblem() {
		this.client.get()
			.uri("/api/languages")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
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
