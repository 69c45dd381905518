package dev.rustvsgo.web;

import java.io.IOException;
import java.nio.file.Path;

import dev.rustvsgo.synthetic.SyntheticDataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of {@link StatementCountTests} again, with the synthetic data files at scale
 * 10 (10,000 more claims, 480 more verdicts, 100 more dimensions) read after the real
 * data: no request runs a statement, whatever the data size.
 */
// Its own in-memory database: the synthetic rows must not leak into the contexts of other
// tests.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:synthetic-statements;DB_CLOSE_DELAY=-1")
class SyntheticStatementCountTests extends StatementCountTests {

	private static final int SCALE = 10;

	@TempDir
	static Path generated;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void dataLocations(DynamicPropertyRegistry registry) throws IOException {
		SyntheticDataFiles.write(SCALE, generated);
		registry.add("rustvsgo.data.locations", () -> "classpath:db/data/,file:" + generated.toAbsolutePath() + "/");
	}

	/** The checks above hold on the synthetic data, not only on the real data. */
	@Test
	void loadsTheSyntheticData() {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM claim WHERE id > " + SyntheticDataFiles.FIRST_ID)
			.query(Long.class)
			.single()).isEqualTo(1000L * SCALE);
	}

}
