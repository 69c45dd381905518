package dev.rustvsgo.claim;

import java.util.ArrayList;
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
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The in-memory claim queries on the real Flyway migrations and data files, compared with
 * the same questions asked in SQL.
 */
@DataJpaTest(showSql = false)
@Import({ TestData.Loaded.class, Anchors.class, ArchivedTexts.class, ClaimQueries.class, SourceCatalog.class,
		DimensionCatalog.class })
class ClaimQueriesTests {

	@Autowired
	private ClaimQueries claims;

	@Autowired
	private SourceCatalog sources;

	@Autowired
	private DimensionCatalog dimensions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void findsClaimsByCaseInsensitiveTextInStatementOrQuote() {
		Page<Claim> page = this.claims.find(new ClaimFilter(List.of(), List.of(), List.of(), List.of(), "DISCORD"),
				PageRequest.of(0, 50, Sort.by("id")));
		assertThat(page.getContent()).isNotEmpty()
			.allSatisfy((claim) -> assertThat((claim.statement() + claim.quote()).toLowerCase()).contains("discord"));
		assertThat(page.getContent()).extracting((claim) -> claim.source().slug())
			.contains("two-roads-one-destination");
	}

	@Test
	void treatsLikeWildcardsInTheTextAsPlainCharacters() {
		Page<Claim> percent = this.claims.find(new ClaimFilter(List.of(), List.of(), List.of(), List.of(), "%"),
				PageRequest.of(0, 100, Sort.by("id")));
		assertThat(percent.getContent()).isNotEmpty()
			.allSatisfy((claim) -> assertThat(claim.statement() + claim.quote()).contains("%"));
		long withPercent = this.jdbc
			.sql("SELECT COUNT(*) FROM claim WHERE statement LIKE '%\\%%' ESCAPE '\\' "
					+ "OR quote LIKE '%\\%%' ESCAPE '\\'")
			.query(Long.class)
			.single();
		assertThat(percent.getTotalElements()).isEqualTo(withPercent);
	}

	@Test
	void combinesSourceDimensionAndSideFilters() {
		long roads = this.sources.index().idOf("two-roads-one-destination");
		long memory = this.dimensions.index().idOf("memory");
		List<Claim> found = this.claims
			.findAll(new ClaimFilter(List.of(memory), List.of(roads), List.of(Favors.RUST), List.of(), null));
		long expected = this.jdbc
			.sql("SELECT COUNT(*) FROM claim WHERE source_id = ? AND dimension_id = ? AND favors = 'RUST'")
			.params(roads, memory)
			.query(Long.class)
			.single();
		assertThat(found).hasSize((int) expected).isNotEmpty().allSatisfy((claim) -> {
			assertThat(claim.source().slug()).isEqualTo("two-roads-one-destination");
			assertThat(claim.dimension().slug()).isEqualTo("memory");
			assertThat(claim.favors()).isEqualTo(Favors.RUST);
		});
		assertThat(found).extracting(Claim::id).isSorted();
	}

	@Test
	void countsClaimsPerDimensionAskedForAddingUpToAllClaims() {
		Map<Long, Long> counts = this.claims.countByDimension(this.dimensions.index().ids());
		long total = this.jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
		long concurrency = this.dimensions.index().idOf("concurrency");
		assertThat(counts.get(concurrency)).isPositive();
		assertThat(this.claims.countByDimension(List.of(concurrency))).containsExactly(entry(concurrency,
				this.jdbc.sql("SELECT COUNT(*) FROM claim WHERE dimension_id = ?")
					.param(concurrency)
					.query(Long.class)
					.single()));
		assertThat(this.claims.countByDimension(List.of())).isEmpty();
	}

	@Test
	void pagesThroughEachFilterAndOrderInTheSameOrderAsSql() {
		long concurrency = this.dimensions.index().idOf("concurrency");
		long roads = this.sources.index().idOf("two-roads-one-destination");
		assertPagesMatch(new ClaimFilter(List.of(), List.of(), List.of(Favors.GO), List.of(), null), Sort.by("id"),
				"SELECT id FROM claim WHERE favors = 'GO' ORDER BY id");
		assertPagesMatch(new ClaimFilter(List.of(), List.of(), List.of(Favors.GO), List.of(), null),
				Sort.by(Sort.Direction.DESC, "id"), "SELECT id FROM claim WHERE favors = 'GO' ORDER BY id DESC");
		assertPagesMatch(new ClaimFilter(List.of(concurrency), List.of(), List.of(), List.of(), null),
				Sort.by("kind").and(Sort.by("id")),
				"SELECT id FROM claim WHERE dimension_id = " + concurrency + " ORDER BY kind, id");
		assertPagesMatch(
				new ClaimFilter(List.of(), List.of(roads), List.of(Favors.RUST, Favors.GO), List.of(ClaimKind.FIGURE),
						null),
				Sort.by(Sort.Direction.DESC, "favors").and(Sort.by("id")), "SELECT id FROM claim WHERE source_id = "
						+ roads + " AND favors IN ('RUST', 'GO') AND kind = 'FIGURE' ORDER BY favors DESC, id");
	}

	@Test
	void countsEveryMatchOfAFilterWhateverThePageSize() {
		ClaimFilter go = new ClaimFilter(List.of(), List.of(), List.of(Favors.GO), List.of(), "rust");
		long matching = this.jdbc
			.sql("SELECT COUNT(*) FROM claim WHERE favors = 'GO' AND (LOWER(statement) LIKE '%rust%' "
					+ "OR LOWER(quote) LIKE '%rust%')")
			.query(Long.class)
			.single();
		assertThat(matching).isGreaterThan(10);
		Page<Claim> whole = this.claims.find(go, PageRequest.of(0, (int) matching + 1, Sort.by("id")));
		assertThat(whole.getTotalElements()).isEqualTo(matching);
		assertThat(whole.getContent()).hasSize((int) matching);
		Page<Claim> first = this.claims.find(go, PageRequest.of(0, 5, Sort.by("id")));
		assertThat(first.getTotalElements()).isEqualTo(matching);
		assertThat(first.getTotalPages()).isEqualTo((int) ((matching + 4) / 5));
		Page<Claim> pastTheEnd = this.claims.find(go, PageRequest.of(1000, 5, Sort.by("id")));
		assertThat(pastTheEnd.getContent()).isEmpty();
		assertThat(pastTheEnd.getTotalElements()).isEqualTo(matching);
	}

	private void assertPagesMatch(ClaimFilter filter, Sort sort, String sql) {
		List<Long> expected = this.jdbc.sql(sql).query(Long.class).list();
		assertThat(expected).hasSizeGreaterThan(3);
		List<Long> paged = new ArrayList<>();
		Page<Claim> page;
		int number = 0;
		do {
			page = this.claims.find(filter, PageRequest.of(number++, 3, sort));
			assertThat(page.getTotalElements()).isEqualTo(expected.size());
			page.getContent().forEach((claim) -> paged.add(claim.id()));
		}
		while (page.hasNext());
		assertThat(paged).isEqualTo(expected);
	}

}
