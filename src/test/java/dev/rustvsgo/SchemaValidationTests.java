package dev.rustvsgo;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entities match the schema the migrations build, on H2 (here) and PostgreSQL
 * ({@link PostgresSchemaValidationTests}). The application skips Hibernate's schema
 * validation at start-up ({@code spring.jpa.hibernate.ddl-auto=none}) so that Hibernate
 * can start while the migrations run; these contexts turn it on, with the migrations run
 * before Hibernate starts, and then read every row the data files load through its
 * entity.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Import(TestData.Loaded.class)
class SchemaValidationTests {

	@Autowired
	private EntityManager entityManager;

	@Test
	void everyEntityMatchesTheMigratedSchemaAndReadsEveryLoadedRow() {
		assertThat(readAll("SourceEntity")).isEqualTo(TestData.REAL.sources());
		assertThat(readAll("DimensionEntity")).isEqualTo(TestData.REAL.dimensions());
		assertThat(readAll("VerdictEntity")).isEqualTo(TestData.REAL.verdicts());
		assertThat(readAll("ClaimEntity")).isEqualTo(TestData.REAL.claims());
	}

	private int readAll(String entity) {
		return this.entityManager.createQuery("select e from " + entity + " e", Object.class).getResultList().size();
	}

}
