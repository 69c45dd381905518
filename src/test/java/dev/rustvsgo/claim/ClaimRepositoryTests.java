package dev.rustvsgo.claim;

import java.util.List;
import java.util.Map;

import dev.rustvsgo.dimension.DimensionCatalog;
import dev.rustvsgo.source.SourceCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim queries on the real Flyway migrations and seed data. */
@DataJpaTest
@Import({ ClaimQueries.class, SourceCatalog.class, DimensionCatalog.class })
class ClaimRepositoryTests {

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
	void countsClaimsPerDimensionAddingUpToAllClaims() {
		Map<Long, Long> counts = this.claims.countByDimension();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
		assertThat(counts.get(this.dimensions.index().idOf("concurrency"))).isPositive();
	}

}
