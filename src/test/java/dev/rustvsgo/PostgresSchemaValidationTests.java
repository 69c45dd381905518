package dev.rustvsgo;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link SchemaValidationTests} on PostgreSQL (see {@link PostgresTestDatabase} for which
 * server).
 */
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresSchemaValidationTests extends SchemaValidationTests {

	@BeforeAll
	static void requirePostgres() {
		assumeTrue(PostgresTestDatabase.available(), PostgresTestDatabase::skipReason);
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
