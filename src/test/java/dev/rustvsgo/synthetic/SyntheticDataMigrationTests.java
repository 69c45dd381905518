package dev.rustvsgo.synthetic;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application with the synthetic data switched on at a small scale, on a
 * database of its own so that no other test sees the synthetic rows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = { "rustvsgo.synthetic.enabled=true",
		"rustvsgo.synthetic.scale=2", "spring.datasource.url=jdbc:h2:mem:synthetic-data-tests;DB_CLOSE_DELAY=-1" })
class SyntheticDataMigrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void addsSyntheticRowsBesideTheRealOnesAtTheConfiguredScale() {
		assertThat(count("SELECT COUNT(*) FROM source WHERE slug LIKE 'synthetic-source-%'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM source WHERE slug NOT LIKE 'synthetic-%'")).isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM dimension WHERE slug LIKE 'synthetic-dimension-%'")).isEqualTo(20);
		// One source and 20 dimensions: every pair but dimension 1 (1 % 25 == 1 % 25).
		assertThat(count("SELECT COUNT(*) FROM verdict v JOIN source s ON s.id = v.source_id"
				+ " WHERE s.slug LIKE 'synthetic-%'"))
			.isEqualTo(19);
		assertThat(count("SELECT COUNT(*) FROM claim c JOIN source s ON s.id = c.source_id"
				+ " JOIN dimension d ON d.id = c.dimension_id WHERE s.slug LIKE 'synthetic-%'"
				+ " AND d.slug LIKE 'synthetic-%'"))
			.isEqualTo(2000);
		assertThat(count("SELECT COUNT(*) FROM source WHERE slug = 'synthetic-source-001'"
				+ " AND metadata_note LIKE 'Synthetic source%' AND archive_file LIKE 'synthetic%'"
				+ " AND seed_file LIKE 'synthetic%'"))
			.isEqualTo(1);
		assertThat(count("SELECT MIN(position) FROM dimension WHERE slug LIKE 'synthetic-%'"))
			.isGreaterThan(count("SELECT MAX(position) FROM dimension WHERE slug NOT LIKE 'synthetic-%'"));
		assertThat(count("SELECT COUNT(DISTINCT favors) FROM claim c JOIN source s ON s.id = c.source_id"
				+ " WHERE s.slug LIKE 'synthetic-%'"))
			.isEqualTo(3);
		assertThat(count("SELECT COUNT(DISTINCT kind) FROM claim c JOIN source s ON s.id = c.source_id"
				+ " WHERE s.slug LIKE 'synthetic-%'"))
			.isEqualTo(3);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
