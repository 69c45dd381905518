package dev.rustvsgo.synthetic;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Adds a large, deterministic, clearly synthetic data set for load tests; added to
 * Flyway's migrations by {@link SyntheticDataConfiguration} only when
 * {@code rustvsgo.synthetic.enabled=true}, never part of the default data.
 * <p>
 * At scale {@code n} (property {@code rustvsgo.synthetic.scale}, 100 unless set) it adds
 * {@code ceil(n / 2)} sources, {@code 10 * n} dimensions, a verdict for every synthetic
 * source and dimension pair except where {@code dimension % 25 == source % 25} (both
 * numbered from 1), and {@code 1000 * n} claims, all linked to synthetic sources and
 * dimensions only, so the real rows and their comparisons stay as they are. At the
 * default scale that is 50 sources, 1,000 dimensions, 48,000 verdicts and 100,000 claims.
 * <p>
 * The interface is implemented directly because Flyway's {@code BaseJavaMigration}
 * insists on a class name such as {@code V1000__Synthetic}. The version (1000) sorts
 * after every real migration. The checksum is the scale, so a database loaded at one
 * scale fails validation when started with another. Load it into throwaway databases
 * only: the rows stay when the application is later started without the property (Flyway
 * counts the applied version 1000 as a future migration), and real migrations added later
 * would sort below it.
 */
public class SyntheticDataMigration implements JavaMigration {

	private static final Log logger = LogFactory.getLog(SyntheticDataMigration.class);

	private static final MigrationVersion VERSION = MigrationVersion.fromVersion("1000");

	private static final long SEED = 20260101L;

	private static final int BATCH_SIZE = 1000;

	/** No verdict where dimension and source numbers are equal modulo this. */
	private static final int VERDICT_GAP_MODULUS = 25;

	private static final String[] TOPICS = { "garbage collection pauses", "the borrow checker",
			"goroutines and channels", "async/await on Tokio", "compile times", "memory safety",
			"zero-cost abstractions", "error handling", "the standard library", "static binaries",
			"tail latency under load", "onboarding new developers", "generics and traits", "crates.io packages",
			"Go modules", "cloud-native tooling", "WebAssembly targets", "embedded systems", "microservice throughput",
			"hiring and salaries", "data races", "JSON serialization", "gRPC services", "container image size",
			"command-line tools" };

	private static final String[] CONTEXTS = { "high-traffic web APIs", "latency-sensitive trading systems",
			"small startup teams", "large monorepos", "Kubernetes operators", "game servers", "database engines",
			"serverless functions", "network proxies", "internal developer platforms" };

	private static final String[] COMPANIES = { "Acme Cloud", "Globex Payments", "Initech Logistics", "Hooli Search",
			"Umbrella Networks", "Stark Analytics", "Wayne Streaming", "Example Corp" };

	private static final String[] ADJECTIVES = { "simpler", "safer", "faster", "more predictable", "easier to review",
			"cheaper to run" };

	private final int scale;

	/**
	 * Creates the migration.
	 * @param scale the size of the data set relative to the real one, at least 1
	 */
	public SyntheticDataMigration(int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("rustvsgo.synthetic.scale must be at least 1, was " + scale);
		}
		this.scale = scale;
	}

	@Override
	public MigrationVersion getVersion() {
		return VERSION;
	}

	@Override
	public String getDescription() {
		return "synthetic data";
	}

	@Override
	public Integer getChecksum() {
		return this.scale;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		long started = System.nanoTime();
		Connection connection = context.getConnection();
		Random random = new Random(SEED);
		int sourceCount = (this.scale + 1) / 2;
		int dimensionCount = 10 * this.scale;
		int claimCount = 1000 * this.scale;
		insertSources(connection, sourceCount);
		insertDimensions(connection, dimensionCount, nextPosition(connection));
		List<Long> sourceIds = ids(connection, "source", "synthetic-source-%");
		List<Long> dimensionIds = ids(connection, "dimension", "synthetic-dimension-%");
		int verdicts = insertVerdicts(connection, random, sourceIds, dimensionIds);
		insertClaims(connection, random, sourceIds, dimensionIds, claimCount);
		logger.info("Added synthetic data at scale " + this.scale + ": " + sourceCount + " sources, " + dimensionCount
				+ " dimensions, " + verdicts + " verdicts, " + claimCount + " claims in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	private void insertSources(Connection connection, int count) throws SQLException {
		String sql = "INSERT INTO source (slug, title, author, publisher, published_on, archive_file, seed_file, "
				+ "metadata_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int s = 1; s <= count; s++) {
				String number = number(s, count, 3);
				insert.setString(1, "synthetic-source-" + number);
				insert.setString(2, "Synthetic article " + number + ": Rust vs Go on " + TOPICS[s % TOPICS.length]);
				setNullable(insert, 3, (s % 3 != 0) ? "Synthetic Author " + number : null);
				setNullable(insert, 4, (s % 4 == 0) ? "Synthetic Publishing" : null);
				if (s % 2 == 0) {
					insert.setDate(5, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(7L * s)));
				}
				else {
					insert.setNull(5, Types.DATE);
				}
				insert.setString(6, "synthetic: no archived article");
				insert.setString(7, "synthetic: generated by SyntheticDataMigration");
				insert.setString(8, "Synthetic source for load tests, generated by " + getClass().getName()
						+ " (rustvsgo.synthetic.enabled=true, scale " + this.scale + "). Not a real article.");
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void insertDimensions(Connection connection, int count, int firstPosition) throws SQLException {
		String sql = "INSERT INTO dimension (slug, name, description, position) VALUES (?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int d = 1; d <= count; d++) {
				String number = number(d, count, 4);
				String topic = TOPICS[d % TOPICS.length];
				insert.setString(1, "synthetic-dimension-" + number);
				insert.setString(2, "Synthetic " + number + ": " + topic);
				insert.setString(3, "Synthetic dimension for load tests: how Rust and Go compare on " + topic + " in "
						+ CONTEXTS[d % CONTEXTS.length] + ".");
				insert.setInt(4, firstPosition + d - 1);
				addToBatch(insert, d);
			}
			insert.executeBatch();
		}
	}

	private int insertVerdicts(Connection connection, Random random, List<Long> sourceIds, List<Long> dimensionIds)
			throws SQLException {
		String sql = "INSERT INTO verdict (source_id, dimension_id, winner, rationale, quote) VALUES (?, ?, ?, ?, ?)";
		int count = 0;
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int d = 1; d <= dimensionIds.size(); d++) {
				String topic = TOPICS[d % TOPICS.length];
				for (int s = 1; s <= sourceIds.size(); s++) {
					if (d % VERDICT_GAP_MODULUS == s % VERDICT_GAP_MODULUS) {
						continue;
					}
					String winner = pick(random, new String[] { "RUST", "GO", "TIE", "DEPENDS" }, 35, 35, 10, 20);
					insert.setLong(1, sourceIds.get(s - 1));
					insert.setLong(2, dimensionIds.get(d - 1));
					insert.setString(3, winner);
					insert.setString(4,
							"Synthetic source " + number(s, sourceIds.size(), 3) + " rates " + verdictPhrase(winner)
									+ " on " + topic + ", mainly because of "
									+ CONTEXTS[random.nextInt(CONTEXTS.length)] + ".");
					insert.setString(5, "When it comes to " + topic + ", " + verdictPhrase(winner)
							+ ", at least for the " + CONTEXTS[random.nextInt(CONTEXTS.length)] + " we looked at.");
					addToBatch(insert, ++count);
				}
			}
			insert.executeBatch();
		}
		return count;
	}

	private void insertClaims(Connection connection, Random random, List<Long> sourceIds, List<Long> dimensionIds,
			int count) throws SQLException {
		String sql = "INSERT INTO claim (source_id, dimension_id, favors, kind, statement, quote) VALUES (?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int c = 1; c <= count; c++) {
				int s = random.nextInt(sourceIds.size());
				int d = (c - 1) % dimensionIds.size();
				String favors = pick(random, new String[] { "RUST", "GO", "NEITHER" }, 42, 42, 16);
				String kind = pick(random, new String[] { "ARGUMENT", "ADOPTION", "FIGURE" }, 70, 15, 15);
				// The topic of the dimension (numbered from 1), as in its name.
				String topic = TOPICS[(d + 1) % TOPICS.length];
				String context = CONTEXTS[random.nextInt(CONTEXTS.length)];
				insert.setLong(1, sourceIds.get(s));
				insert.setLong(2, dimensionIds.get(d));
				insert.setString(3, favors);
				insert.setString(4, kind);
				insert.setString(5, "Synthetic claim " + c + ": " + statement(random, favors, kind, topic, context));
				insert.setString(6, "\"On " + topic + ", " + language(favors) + " " + quotePhrase(random, favors)
						+ ",\" the synthetic author writes about " + context + ".");
				addToBatch(insert, c);
			}
			insert.executeBatch();
		}
	}

	private static String statement(Random random, String favors, String kind, String topic, String context) {
		String language = language(favors);
		return switch (kind) {
			case "FIGURE" -> language + " is reported " + (5 + random.nextInt(60)) + "% ahead on " + topic
					+ " in a synthetic benchmark of " + context + " at " + (1000 + random.nextInt(90_000))
					+ " requests per second.";
			case "ADOPTION" -> COMPANIES[random.nextInt(COMPANIES.length)] + " is said to run " + context + " on "
					+ language + ", naming " + topic + " as the main reason for the choice.";
			default -> language + " is said to make " + topic + " " + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
					+ " than the alternative, which matters most for " + context + ".";
		};
	}

	private static String quotePhrase(Random random, String favors) {
		return switch (favors) {
			case "NEITHER" -> "there is no clear winner and the trade-offs depend on the team";
			default -> "comes out " + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
					+ " in every production system we measured";
		};
	}

	private static String language(String favors) {
		return switch (favors) {
			case "RUST" -> "Rust";
			case "GO" -> "Go";
			default -> "neither Rust nor Go";
		};
	}

	private static String verdictPhrase(String winner) {
		return switch (winner) {
			case "RUST" -> "Rust is ahead";
			case "GO" -> "Go is ahead";
			case "TIE" -> "Rust and Go are level";
			default -> "the better choice depends on the project";
		};
	}

	private static String pick(Random random, String[] values, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		throw new IllegalStateException("Weights do not cover the roll");
	}

	private static void addToBatch(PreparedStatement insert, int rows) throws SQLException {
		insert.addBatch();
		if (rows % BATCH_SIZE == 0) {
			insert.executeBatch();
		}
	}

	private static void setNullable(PreparedStatement insert, int index, String value) throws SQLException {
		if (value != null) {
			insert.setString(index, value);
		}
		else {
			insert.setNull(index, Types.VARCHAR);
		}
	}

	private static int nextPosition(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(position), 0) FROM dimension")) {
			result.next();
			return result.getInt(1) + 1;
		}
	}

	/** Database ids of the rows whose slug matches the pattern, in slug order. */
	private static List<Long> ids(Connection connection, String table, String slugPattern) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement query = connection
			.prepareStatement("SELECT id FROM " + table + " WHERE slug LIKE ? ORDER BY slug")) {
			query.setString(1, slugPattern);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					ids.add(result.getLong(1));
				}
			}
		}
		return ids;
	}

	/** The number zero-padded to the width of the largest one, at least minWidth. */
	private static String number(int value, int max, int minWidth) {
		int width = Math.max(minWidth, String.valueOf(max).length());
		return String.format("%0" + width + "d", value);
	}

}
