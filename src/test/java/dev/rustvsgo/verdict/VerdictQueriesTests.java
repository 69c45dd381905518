package dev.rustvsgo.verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.TestData;
import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.ArchivedTexts;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SourceCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdict queries on the real Flyway migrations and data files. */
@DataJpaTest(showSql = false)
@Import({ TestData.Loaded.class, Anchors.class, ArchivedTexts.class, VerdictQueries.class, SourceCatalog.class,
		DimensionCatalog.class })
class VerdictQueriesTests {

	private static final String IN_ORDER = "SELECT d.slug || '=' || s.slug FROM verdict v "
			+ "JOIN dimension d ON d.id = v.dimension_id JOIN source s ON s.id = v.source_id ";

	@Autowired
	private VerdictQueries verdicts;

	@Autowired
	private SourceCatalog sources;

	@Autowired
	private DimensionCatalog dimensions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void pagesThroughEveryVerdictInDimensionThenSourceOrderAtEverySize() {
		List<String> expected = this.jdbc.sql(IN_ORDER + "ORDER BY d.position, s.slug").query(String.class).list();
		assertThat(expected).hasSize(TestData.REAL.verdicts());
		for (int size = 1; size <= expected.size() + 1; size++) {
			assertThat(allPages(List.of(), List.of(), List.of(), size, expected.size())).as("size %d", size)
				.isEqualTo(expected);
		}
	}

	@Test
	void pagesThroughFilteredVerdictsInTheSameOrder() {
		long roads = this.sources.index().idOf("two-roads-one-destination");
		long battle = this.sources.index().idOf("battle-for-the-future-of-backend");
		List<String> go = this.jdbc.sql(IN_ORDER + "WHERE v.winner = 'GO' ORDER BY d.position, s.slug")
			.query(String.class)
			.list();
		assertThat(go).isNotEmpty();
		for (int size : List.of(1, 2, 3, 4, 7, 50)) {
			assertThat(allPages(List.of(), List.of(), List.of(Winner.GO), size, go.size())).isEqualTo(go);
		}
		List<String> twoSources = this.jdbc
			.sql(IN_ORDER + "WHERE v.source_id IN (?, ?) AND v.winner IN ('RUST', 'TIE') ORDER BY d.position, s.slug")
			.params(roads, battle)
			.query(String.class)
			.list();
		assertThat(twoSources).isNotEmpty();
		for (int size : List.of(1, 3, 5)) {
			assertThat(allPages(List.of(), List.of(roads, battle), List.of(Winner.RUST, Winner.TIE), size,
					twoSources.size()))
				.isEqualTo(twoSources);
		}
		long concurrency = this.dimensions.index().idOf("concurrency");
		assertThat(allPages(List.of(concurrency), List.of(), List.of(), 2, TestData.REAL.verdicts("concurrency")))
			.containsSubsequence("concurrency=battle-for-the-future-of-backend",
					"concurrency=go-for-a-job-rust-to-understand-computers",
					"concurrency=rust-vs-go-2025-which-backend-language", "concurrency=two-roads-one-destination");
	}

	@Test
	void answersAPagePastTheEndWithNoVerdictsAndTheTotal() {
		Page<Verdict> page = this.verdicts.find(List.of(), List.of(), List.of(Winner.GO), List.of(),
				PageRequest.of(1000, 10));
		long matches = this.jdbc.sql("SELECT COUNT(*) FROM verdict WHERE winner = 'GO'").query(Long.class).single();
		assertThat(page.getContent()).isEmpty();
		assertThat(page.getTotalElements()).isEqualTo(matches);
		assertThat(page.getNumber()).isEqualTo(1000);
	}

	@Test
	void countsWinnersOnlyForTheDimensionsAskedFor() {
		long concurrency = this.dimensions.index().idOf("concurrency");
		long memory = this.dimensions.index().idOf("memory");
		Map<Long, Map<Winner, Long>> counts = this.verdicts.countByDimensionAndWinner(List.of(concurrency, memory),
				List.of());
		assertThat(counts).containsOnlyKeys(concurrency, memory);
		assertThat(counts.get(concurrency)).isEqualTo(winners(TestData.REAL.winners("concurrency")));
		assertThat(
				this.verdicts.countByDimensionAndWinner(List.of(concurrency), List.of(Basis.STATED)).get(concurrency))
			.as("the stated verdicts only: go-for-a-job's is implied")
			.isEqualTo(winners(TestData.REAL.winners("concurrency", "STATED")))
			.isNotEqualTo(counts.get(concurrency));
		long memoryVerdicts = this.jdbc.sql("SELECT COUNT(*) FROM verdict WHERE dimension_id = ?")
			.param(memory)
			.query(Long.class)
			.single();
		assertThat(counts.get(memory).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(memoryVerdicts);
		assertThat(this.verdicts.countByDimensionAndWinner(List.of(), List.of())).isEmpty();
	}

	private static Map<Winner, Long> winners(Map<String, Long> counts) {
		Map<Winner, Long> winners = new EnumMap<>(Winner.class);
		counts.forEach((winner, count) -> winners.put(Winner.valueOf(winner), count));
		return winners;
	}

	/**
	 * Every page of a query at one size, as "dimension=source", checking each page's
	 * metadata on the way.
	 */
	private List<String> allPages(List<Long> dimensionIds, List<Long> sourceIds, List<Winner> winners, int size,
			int total) {
		List<String> all = new ArrayList<>();
		int pages = (total + size - 1) / size;
		for (int number = 0; number < pages; number++) {
			Page<Verdict> page = this.verdicts.find(dimensionIds, sourceIds, winners, List.of(),
					PageRequest.of(number, size));
			assertThat(page.getTotalElements()).isEqualTo(total);
			assertThat(page.getTotalPages()).isEqualTo(pages);
			assertThat(page.getContent()).hasSize(Math.min(size, total - number * size));
			page.forEach((verdict) -> all.add(verdict.dimension().slug() + "=" + verdict.source().slug()));
		}
		return all;
	}

}
