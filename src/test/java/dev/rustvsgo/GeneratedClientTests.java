package dev.rustvsgo;

import java.util.List;

import dev.rustvsgo.client.ApiClient;
import dev.rustvsgo.client.ApiException;
import dev.rustvsgo.client.api.ClaimsApi;
import dev.rustvsgo.client.api.ContradictionsApi;
import dev.rustvsgo.client.api.DimensionsApi;
import dev.rustvsgo.client.api.MatrixApi;
import dev.rustvsgo.client.api.RecommendationApi;
import dev.rustvsgo.client.api.SearchApi;
import dev.rustvsgo.client.api.VerdictsApi;
import dev.rustvsgo.client.model.Cell;
import dev.rustvsgo.client.model.Claim;
import dev.rustvsgo.client.model.ClaimPage;
import dev.rustvsgo.client.model.Comparison;
import dev.rustvsgo.client.model.Consensus;
import dev.rustvsgo.client.model.Contradiction;
import dev.rustvsgo.client.model.ContradictionList;
import dev.rustvsgo.client.model.DimensionList;
import dev.rustvsgo.client.model.DimensionSummary;
import dev.rustvsgo.client.model.LanguageRecommendation;
import dev.rustvsgo.client.model.Matrix;
import dev.rustvsgo.client.model.ProblemDetail;
import dev.rustvsgo.client.model.SearchHit;
import dev.rustvsgo.client.model.SearchResult;
import dev.rustvsgo.client.model.Verdict;
import dev.rustvsgo.client.model.VerdictList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A Java client generated from the committed {@code docs/openapi.json} (by the
 * openapi-generator Maven plugin, into {@code target/generated-test-sources/openapi})
 * against the running application: proves that the description is complete enough for API
 * tools to produce a working client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientTests {

	@LocalServerPort
	private int port;

	private ApiClient apiClient;

	@BeforeEach
	void connect() {
		this.apiClient = new ApiClient();
		this.apiClient.updateBaseUri("http://localhost:" + this.port);
	}

	@Test
	void comparesConcurrency() throws ApiException {
		Comparison comparison = new DimensionsApi(this.apiClient).compareDimension("concurrency", null, null, null);
		assertThat(comparison.getDimension().getSlug()).isEqualTo("concurrency");
		assertThat(comparison.getVerdicts())
			.extracting((verdict) -> verdict.getSource().getSlug() + "=" + verdict.getWinner())
			.contains("battle-for-the-future-of-backend=GO", "two-roads-one-destination=DEPENDS");
		assertThat(comparison.getConsensus().getLeading()).isEqualTo(Consensus.LeadingEnum.GO);
		assertThat(comparison.getConsensus().getSourcesDisagree()).isTrue();
		assertThat(comparison.getConsensus().getVerdicts()).isEqualTo(comparison.getVerdicts().size());
		assertThat(comparison.getClaims().getGo()).isNotEmpty()
			.allSatisfy((claim) -> assertThat(claim.getFavors()).isEqualTo(Claim.FavorsEnum.GO));
	}

	@Test
	void narrowsAComparisonWithFilters() throws ApiException {
		Comparison comparison = new DimensionsApi(this.apiClient).compareDimension("concurrency",
				List.of("battle-for-the-future-of-backend"), List.of("GO"), null);
		assertThat(comparison.getVerdicts()).singleElement()
			.extracting(Verdict::getWinner)
			.isEqualTo(Verdict.WinnerEnum.GO);
		assertThat(comparison.getClaims().getRust()).isEmpty();
		assertThat(comparison.getClaims().getGo()).isNotEmpty()
			.allSatisfy(
					(claim) -> assertThat(claim.getSource().getSlug()).isEqualTo("battle-for-the-future-of-backend"));
	}

	@Test
	void pagesThroughClaimsFavouringGo() throws ApiException {
		ClaimsApi claims = new ClaimsApi(this.apiClient);
		ClaimPage first = claims.listClaims(null, null, List.of("GO"), null, null, null, 5, null);
		assertThat(first.getClaims()).hasSize(5)
			.allSatisfy((claim) -> assertThat(claim.getFavors()).isEqualTo(Claim.FavorsEnum.GO));
		assertThat(first.getPage().getNumber()).isZero();
		assertThat(first.getPage().getTotalElements()).isGreaterThan(5);
		assertThat(first.getLinks().getPrev()).isNull();
		assertThat(first.getLinks().getNext()).isEqualTo("/api/claims?favors=GO&page=1&size=5");
		ClaimPage second = claims.listClaims(null, null, List.of("GO"), null, null, 1, 5, null);
		assertThat(second.getPage().getNumber()).isEqualTo(1);
		assertThat(second.getClaims()).extracting(Claim::getId)
			.doesNotContainAnyElementsOf(first.getClaims().stream().map(Claim::getId).toList());
	}

	@Test
	void pagesThroughDimensionsInDisplayOrder() throws ApiException {
		DimensionsApi dimensions = new DimensionsApi(this.apiClient);
		int total = TestData.REAL.dimensions();
		int pages = Math.ceilDiv(total, 5);
		DimensionList first = dimensions.listDimensions(null, 0, 5);
		assertThat(first.getDimensions()).extracting(DimensionSummary::getSlug)
			.containsExactly("overall", "performance", "memory", "concurrency", "safety");
		assertThat(first.getPage().getTotalElements()).isEqualTo(total);
		assertThat(first.getPage().getTotalPages()).isEqualTo(pages);
		assertThat(first.getLinks().getNext()).isEqualTo("/api/dimensions?page=1&size=5");
		DimensionList last = dimensions.listDimensions(null, pages - 1, 5);
		assertThat(last.getDimensions()).extracting(DimensionSummary::getSlug)
			.containsExactlyElementsOf(TestData.REAL.dimensionSlugs().subList(5 * (pages - 1), total));
		assertThat(last.getLinks().getNext()).isNull();
		DimensionList byDefault = dimensions.listDimensions(null, null, null);
		assertThat(byDefault.getPage().getSize()).isEqualTo(50);
		assertThat(byDefault.getDimensions()).hasSize(Math.min(total, 50));
	}

	@Test
	void pagesThroughTheVerdictsForGo() throws ApiException {
		VerdictsApi verdicts = new VerdictsApi(this.apiClient);
		VerdictList first = verdicts.listVerdicts(null, null, List.of("GO"), null, 0, 4);
		VerdictList second = verdicts.listVerdicts(null, null, List.of("GO"), null, 1, 4);
		List<String> go = TestData.REAL.verdictsInOrder("GO");
		assertThat(first.getPage().getTotalElements()).isEqualTo(second.getPage().getTotalElements())
			.isEqualTo(go.size());
		assertThat(first.getLinks().getNext()).isEqualTo("/api/verdicts?winner=GO&page=1&size=4");
		assertThat(first.getVerdicts())
			.extracting((verdict) -> verdict.getDimension().getSlug() + "=" + verdict.getSource().getSlug())
			.containsExactlyElementsOf(go.subList(0, 4));
		assertThat(second.getVerdicts())
			.extracting((verdict) -> verdict.getDimension().getSlug() + "=" + verdict.getSource().getSlug())
			.containsExactlyElementsOf(go.subList(4, 8));
		// The first five articles' GO verdicts on concurrency and learning-curve, in
		// order.
		assertThat(go).containsSubsequence("concurrency=battle-for-the-future-of-backend",
				"concurrency=go-for-a-job-rust-to-understand-computers",
				"concurrency=rust-vs-go-2025-which-backend-language", "learning-curve=battle-for-the-future-of-backend",
				"learning-curve=go-for-a-job-rust-to-understand-computers", "learning-curve=practical-comparison-2026",
				"learning-curve=rust-vs-go-2025-which-backend-language", "learning-curve=two-roads-one-destination");
	}

	@Test
	void readsTheProblemOfAPageSizeOverTheCap() throws Exception {
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> new VerdictsApi(this.apiClient).listVerdicts(null, null, List.of("GO"), null, 0, 101));
		assertThat(error.getCode()).isEqualTo(400);
		ProblemDetail problem = this.apiClient.getObjectMapper()
			.readValue(error.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getParameter()).isEqualTo("size");
		assertThat(problem.getDetail())
			.isEqualTo("Invalid value '101' for parameter 'size': must be between 1 and 100.");
	}

	@Test
	void readsAProblemDetailFromAnError() throws Exception {
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> new DimensionsApi(this.apiClient).compareDimension("telepathy", null, null, null));
		assertThat(error.getCode()).isEqualTo(404);
		ProblemDetail problem = this.apiClient.getObjectMapper()
			.readValue(error.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getSlug()).isEqualTo("telepathy");
		assertThat(problem.getInstance()).isEqualTo("/api/dimensions/telepathy");
	}

	@Test
	void recommendsRustForPerformanceThroughTheGeneratedClient() throws ApiException {
		LanguageRecommendation recommendation = new RecommendationApi(this.apiClient)
			.recommend(List.of("performance:10", "learning-curve:0"), null);
		assertThat(recommendation.getLeading()).isEqualTo(LanguageRecommendation.LeadingEnum.RUST);
		assertThat(recommendation.getDimensions()).extracting((dimension) -> dimension.getDimension().getSlug())
			.containsExactly("performance", "learning-curve");
	}

	@Test
	void readsTheMatrixAndTheContradictionsThroughTheGeneratedClient() throws ApiException {
		Matrix matrix = new MatrixApi(this.apiClient).getMatrix(List.of("overall"), null, null);
		assertThat(matrix.getRows()).singleElement()
			.satisfies((row) -> assertThat(row.getCells()).hasSize(TestData.REAL.sources())
				.filteredOn((cell) -> TestData.FIRST_ARTICLES.contains(cell.getSource()))
				.hasSameSizeAs(TestData.FIRST_ARTICLES)
				.allSatisfy((cell) -> assertThat(cell.getWinner()).isEqualTo(Cell.WinnerEnum.DEPENDS)));
		ContradictionList contradictions = new ContradictionsApi(this.apiClient).listContradictions(null, null,
				List.of("CLAIM"), null, null);
		assertThat(contradictions.getContradictions()).extracting(Contradiction::getSummary)
			.contains("Are goroutines effortless or Go's hardest concept?");
	}

	@Test
	void searchesThroughTheGeneratedClient() throws ApiException {
		SearchResult result = new SearchApi(this.apiClient).search("wasm", List.of("RECOMMENDATION"), null, null,
				List.of("RUST"), 0, 5);
		assertThat(result.getHits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.getType()).isEqualTo(SearchHit.TypeEnum.RECOMMENDATION))
			.allSatisfy((hit) -> assertThat(hit.getLanguage()).isEqualTo(SearchHit.LanguageEnum.RUST));
		SearchHit first = result.getHits().get(0);
		assertThat(first.getAbout().getSlug()).isEqualTo("webassembly");
		assertThat(first.getHighlights().getQuote()).isNotEmpty();
		assertThat(result.getFacets().getType()).containsEntry("RECOMMENDATION", result.getPage().getTotalElements());
	}

}
