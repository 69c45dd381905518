package dev.rustvsgo;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * {@link SchemaValidationTests} on PostgreSQL (see {@link PostgresTestDatabase} for which
 * server).
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresSchemaValidationTests extends SchemaValidationTests {

}
