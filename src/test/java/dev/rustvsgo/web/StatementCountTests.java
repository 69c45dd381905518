package dev.rustvsgo.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.Winner;
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
 * Counts the SQL statements each endpoint runs: a small fixed number on a cold response
 * cache (no N+1 queries: references are resolved from the in-memory catalogs) and none on
 * a warm one. Subclasses repeat the check on larger data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureRestTestClient
class StatementCountTests {

	/** Most statements each endpoint may run on a cold cache, whatever the data size. */
	static final Map<String, Long> BUDGETS = budgets();

	@Autowired
	private RestTestClient client;

	@Autowired
	private ResponseCache responses;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private SourceCatalog sources;

	private Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.statistics.isStatisticsEnabled()).isTrue();
	}

	@Test
	void runsAFixedSmallNumberOfStatementsColdAndNoneWarm() {
		for (Map.Entry<String, Long> budget : BUDGETS.entrySet()) {
			this.responses.clear();
			this.statistics.clear();
			get(budget.getKey());
			long cold = this.statistics.getPrepareStatementCount();
			assertThat(cold).as("statements for %s on a cold cache", budget.getKey()).isBetween(1L, budget.getValue());
			this.statistics.clear();
			get(budget.getKey());
			assertThat(this.statistics.getPrepareStatementCount())
				.as("statements for %s on a warm cache", budget.getKey())
				.isZero();
		}
	}

	@Test
	void servesSourcesFromTheCatalogWithoutAnyStatement() {
		this.responses.clear();
		this.statistics.clear();
		get("/api/sources");
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void readsOnlyTheRowsOfThePageWhateverTheDataSize() {
		this.responses.clear();
		this.statistics.clear();
		get("/api/dimensions?page=1&size=5");
		long rows = Arrays.stream(this.statistics.getQueries())
			.mapToLong((query) -> this.statistics.getQueryStatistics(query).getExecutionRowCount())
			.sum();
		// At most a tally row per winner and a claim count for each of the 5 dimensions.
		assertThat(rows).isBetween(5L, 5L * (Winner.values().length + 1));
		this.statistics.clear();
		get("/api/verdicts?page=1&size=10");
		// The 10 verdicts and the rest of the at most two dimensions the page cuts
		// through.
		assertThat(this.statistics.getEntityLoadCount()).isBetween(10L, 10L + 2L * this.sources.index().ids().size());
	}

	private void get(String uri) {
		this.client.get().uri(uri).exchange().expectStatus().isOk();
	}

	private static Map<String, Long> budgets() {
		Map<String, Long> budgets = new LinkedHashMap<>();
		// Verdict tally and claim counts of the dimensions on the page.
		budgets.put("/api/dimensions", 2L);
		budgets.put("/api/dimensions?page=1&size=5", 2L);
		// Its verdicts, their conditions, its claims, claims per source of the articles
		// without a verdict, and its contradictions (as below).
		budgets.put("/api/dimensions/concurrency", 11L);
		budgets.put("/api/dimensions/concurrency?source=two-roads-one-destination&favors=GO", 11L);
		budgets.put("/api/dimensions/overall?basis=STATED", 11L);
		// Verdicts and their conditions, figures and the claims they link, the curated
		// contradictions, their sides and their claims.
		budgets.put("/api/contradictions", 7L);
		budgets.put("/api/contradictions?kind=FIGURE", 2L);
		budgets.put("/api/contradictions?kind=CLAIM&source=practical-comparison-2026", 3L);
		// Its verdicts and their conditions.
		budgets.put("/api/sources/two-roads-one-destination", 2L);
		// The use cases (or the one) and the recommendations.
		budgets.put("/api/use-cases", 2L);
		budgets.put("/api/use-cases/webassembly", 2L);
		budgets.put("/api/use-cases?language=BOTH", 2L);
		// The metrics (for the metric filter), the page and, when the page is full, its
		// count.
		budgets.put("/api/figures?metric=crates-io-packages", 2L);
		budgets.put("/api/figures?subject=GO&size=5", 2L);
		// The organisations (or the one) and the statements.
		budgets.put("/api/adopters", 2L);
		budgets.put("/api/adopters?language=BOTH", 2L);
		budgets.put("/api/adopters/dropbox", 2L);
		budgets.put("/api/claims/107", 1L);
		// Verdicts, their conditions, claims per dimension and source.
		budgets.put("/api/matrix", 3L);
		budgets.put("/api/matrix?basis=STATED&source=two-roads-one-destination", 3L);
		// Verdicts and their conditions, plus the use case and its recommendations.
		budgets.put("/api/recommendation?priorities=performance:3,learning-curve:1", 2L);
		budgets.put("/api/recommendation?priorities=performance:1&useCase=cli-tools", 4L);
		// The page and its count.
		budgets.put("/api/claims?favors=GO&size=20", 2L);
		budgets.put("/api/claims?q=garbage&dimension=memory&page=0&size=5", 2L);
		// Matches per dimension, the verdicts of the dimensions the page spans, the
		// conditions of its DEPENDS verdicts.
		budgets.put("/api/verdicts?dimension=concurrency", 3L);
		budgets.put("/api/verdicts?winner=GO&page=1&size=4", 3L);
		budgets.put("/api/verdicts?source=two-roads-one-destination,practical-comparison-2026&page=2&size=3", 3L);
		budgets.put("/api/verdicts?basis=IMPLIED&winner=DEPENDS", 3L);
		return budgets;
	}

}
