package dev.rustvsgo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL the PostgreSQL suites run against, chosen once per test JVM:
 * <ol>
 * <li>a Testcontainers {@code postgres} container when a Docker engine is available;</li>
 * <li>otherwise a fresh database, created for this run and dropped after it, on the
 * server named by {@code TEST_POSTGRES_URL} (with {@code TEST_POSTGRES_USER} and
 * {@code TEST_POSTGRES_PASSWORD});</li>
 * <li>otherwise none, and the suites are skipped with {@link #skipReason()}.</li>
 * </ol>
 */
final class PostgresTestDatabase {

	static final String IMAGE = "postgres:17-alpine";

	private static Target target;

	private PostgresTestDatabase() {
	}

	/** Whether a PostgreSQL is available for this run. */
	static synchronized boolean available() {
		return target().url() != null;
	}

	static String skipReason() {
		return "No PostgreSQL for the PostgreSQL suite: no Docker engine for Testcontainers and TEST_POSTGRES_URL is not "
				+ "set. Set TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) plus TEST_POSTGRES_USER "
				+ "and TEST_POSTGRES_PASSWORD to run it against a server; each run creates and drops its own database.";
	}

	/**
	 * Skips a test class when there is no PostgreSQL, with {@link #skipReason()}; used by
	 * {@link OnPostgres}.
	 */
	static final class AvailableCondition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return available() ? ConditionEvaluationResult.enabled(description())
					: ConditionEvaluationResult.disabled(skipReason());
		}

	}

	/**
	 * Points Spring's data source at the chosen database; used by {@link OnPostgres}.
	 */
	static final class DataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Target chosen = target();
			TestPropertyValues
				.of("spring.datasource.url=" + chosen.url(), "spring.datasource.username=" + chosen.user(),
						"spring.datasource.password=" + chosen.password())
				.applyTo(context);
		}

	}

	/**
	 * Creates one more empty database beside the chosen one, dropped when the test JVM
	 * ends, for a test that needs databases of its own.
	 * @param prefix the start of its name
	 * @return its URL, user and password
	 */
	static synchronized Target createDatabase(String prefix) {
		Target chosen = target();
		// Created and dropped from the server's maintenance database, which outlives the
		// chosen one (the shutdown hooks run in any order).
		String server = withDatabase(chosen.url(), "postgres");
		String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, chosen.user(), chosen.password(), "CREATE DATABASE " + database);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(server, chosen.user(), chosen.password(),
					"DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
		return new Target(withDatabase(chosen.url(), database), chosen.user(), chosen.password(),
				"database " + database + " beside " + chosen.description());
	}

	/** How the database was obtained, for test reports. */
	static String description() {
		return target().description();
	}

	private static synchronized Target target() {
		if (target == null) {
			target = choose();
		}
		return target;
	}

	private static Target choose() {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
			container.start();
			return new Target(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers " + IMAGE);
		}
		String serverUrl = System.getenv("TEST_POSTGRES_URL");
		if (serverUrl == null || serverUrl.isBlank()) {
			return new Target(null, null, null, "none");
		}
		String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
		String database = "rustvsgo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(serverUrl, user, password, "CREATE DATABASE " + database);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
		return new Target(withDatabase(serverUrl, database), user, password,
				"database " + database + " on " + serverUrl);
	}

	/**
	 * Replaces the database name in a {@code jdbc:postgresql://host:port/name?params}
	 * URL.
	 */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String params = (query >= 0) ? url.substring(query) : "";
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		String server = (slash >= 0) ? base.substring(0, slash) : base;
		return server + "/" + database.toLowerCase(Locale.ROOT) + params;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

	record Target(String url, String user, String password, String description) {
	}

}
