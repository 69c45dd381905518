package dev.rustvsgo.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

	/**
	 * The character-pair sets that rule claims out before the substring search lose none:
	 * for text taken from every claim's statement and quote (a window of each length from
	 * 1 to 9 characters at every 4th position, in the original case), the text filter
	 * finds exactly the claims whose statement or quote contains it.
	 */
	@Test
	void textFilterFindsEveryClaimContainingTheText() {
		List<Claim> all = this.claims.findAll(ClaimFilter.ALL);
		List<String> statements = all.stream().map((claim) -> claim.statement().toLowerCase(Locale.ROOT)).toList();
		List<String> quotes = all.stream().map((claim) -> claim.quote().toLowerCase(Locale.ROOT)).toList();
		Set<String> texts = new LinkedHashSet<>();
		for (Claim claim : all) {
			for (String field : List.of(claim.statement(), claim.quote())) {
				for (int start = 0; start < field.length(); start += 4) {
					for (int length = 1; length <= 9 && start + length <= field.length(); length++) {
						texts.add(field.substring(start, start + length));
					}
				}
			}
		}
		texts.removeIf(String::isBlank);
		assertThat(texts).hasSizeGreaterThan(all.size() * 10);
		for (String text : texts) {
			String query = text.trim().toLowerCase(Locale.ROOT);
			List<Long> expected = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				if (statements.get(i).contains(query) || quotes.get(i).contains(query)) {
					expected.add(all.get(i).id());
				}
			}
			assertThat(this.claims.findAll(new ClaimFilter(List.of(), List.of(), List.of(), List.of(), text)))
				.as("claims containing \"%s\"", text)
				.extracting(Claim::id)
				.containsExactlyElementsOf(expected)
				.isNotEmpty();
		}
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
