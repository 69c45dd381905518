package dev.rustvsgo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.rustvsgo.PostgresTestDatabase.Target;
import dev.rustvsgo.data.DataFiles;
import dev.rustvsgo.data.R__Article_data;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL database that the versioned migrations alone had brought to version 10
 * (what every deployment held before the data files) ends up, once the data files are
 * loaded, with exactly the rows of a database created today: every table, every row,
 * every column.
 */
@ExtendWith(PostgresTestDatabase.AvailableCondition.class)
class PostgresUpgradeTests {

	/** The last versioned migration before the data files. */
	private static final String BEFORE_DATA_FILES = "10";

	private final DataFiles dataFiles = new DataFiles(List.of("classpath:db/data/"),
			new PathMatchingResourcePatternResolver());

	@Test
	void upgradedDatabaseHoldsTheRowsOfAFreshOne() throws SQLException {
		Target upgraded = PostgresTestDatabase.createDatabase("rustvsgo_upgraded");
		flyway(upgraded).target(BEFORE_DATA_FILES).load().migrate();
		Map<String, List<String>> before = rows(upgraded);
		flyway(upgraded).javaMigrations(new R__Article_data(this.dataFiles)).load().migrate();

		Target fresh = PostgresTestDatabase.createDatabase("rustvsgo_fresh");
		flyway(fresh).javaMigrations(new R__Article_data(this.dataFiles)).load().migrate();

		Map<String, List<String>> upgradedRows = rows(upgraded);
		// The files hold corrections that V2-V10 do not, so the load did change the rows.
		assertThat(before).isNotEqualTo(upgradedRows);
		assertThat(upgradedRows.keySet()).containsExactlyElementsOf(before.keySet());
		assertThat(upgradedRows.get("claim")).isNotEmpty();
		assertThat(upgradedRows).isEqualTo(rows(fresh));
	}

	private static FluentConfiguration flyway(Target database) {
		return Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations("classpath:db/migration");
	}

	/**
	 * Every row of every table but Flyway's history, as text, sorted, by table name.
	 */
	private static Map<String, List<String>> rows(Target database) throws SQLException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
					+ " WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			for (String table : tables) {
				List<String> tableRows = new ArrayList<>();
				try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData meta = result.getMetaData();
					while (result.next()) {
						tableRows.add(IntStream.rangeClosed(1, meta.getColumnCount())
							.mapToObj((column) -> meta(meta, column) + "=" + value(result, column))
							.collect(Collectors.joining(", ")));
					}
				}
				tableRows.sort(null);
				rows.put(table, tableRows);
			}
		}
		return rows;
	}

	private static String meta(ResultSetMetaData meta, int column) {
		try {
			return meta.getColumnName(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String value(ResultSet result, int column) {
		try {
			return result.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
