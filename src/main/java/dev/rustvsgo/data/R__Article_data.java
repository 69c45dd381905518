package dev.rustvsgo.data;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads the data files ({@link DataFiles}) into the database: a repeatable Flyway
 * migration (hence the class name, Flyway's {@code R__<description>} convention) whose
 * checksum is computed from the files, so that Flyway runs it again exactly when they
 * change, after every versioned migration. It replaces all article data, vocabularies and
 * curated contradictions included, in the one transaction Flyway runs it in, so the rows
 * seeded by V2-V10 are superseded and a database migrated before the data files existed
 * ends up identical to a fresh one.
 * <p>
 * Public ids (claims, verdicts, figures) and the ids that order recommendations and
 * adoptions are the files' own; the rows that have no id in the files (sources,
 * vocabularies, conditions, contradictions and their sides) are numbered in load order.
 * Flyway picks the migration up as a Spring bean ({@code JavaMigration} beans are added
 * to its migrations), in AOT mode too.
 */
@Component
public class R__Article_data extends BaseJavaMigration {

	/**
	 * Part of the checksum: change it when this class starts writing the same files
	 * differently (a new column), so that Flyway runs it again.
	 */
	private static final int LOADER_REVISION = 1;

	/** Children before their parents, so that no foreign key is broken on the way. */
	static final List<String> TABLES = List.of("claim_contradiction_side", "claim_contradiction", "figure", "adoption",
			"organisation", "use_case_recommendation", "use_case", "verdict_condition", "verdict", "claim", "dimension",
			"source");

	private final DataFiles files;

	/**
	 * Loads these files.
	 * @param files the data files
	 */
	public R__Article_data(DataFiles files) {
		this.files = files;
	}

	@Override
	public Integer getChecksum() {
		byte[] version = HexFormat.of().parseHex(this.files.version().digest());
		return ByteBuffer.wrap(version).getInt() ^ LOADER_REVISION;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		DataSet data = this.files.dataSet();
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				statement.executeUpdate("DELETE FROM " + table);
			}
		}
		Map<String, Long> sources = insertSources(connection, data);
		Map<String, Long> dimensions = insertTerms(connection, "dimension", data.dimensions());
		Map<String, Long> useCases = insertTerms(connection, "use_case", data.useCases());
		Map<String, Long> organisations = insertOrganisations(connection, data);
		insertClaimsAndFigures(connection, data, sources, dimensions);
		insertVerdicts(connection, data, sources, dimensions);
		insertRecommendations(connection, data, sources, useCases);
		insertAdoptions(connection, data, sources, organisations);
		insertContradictions(connection, data, dimensions);
	}

	private static Map<String, Long> insertSources(Connection connection, DataSet data) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source (id, slug, title, author, "
				+ "publisher, published_on, archive_file, seed_file, metadata_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (ArticleFile article : data.articles()) {
				ArticleFile.Source source = article.source();
				long id = ids.size() + 1;
				ids.put(source.slug(), id);
				insert.setLong(1, id);
				insert.setString(2, source.slug());
				insert.setString(3, source.title());
				insert.setString(4, source.author());
				insert.setString(5, source.publisher());
				insert.setObject(6, (source.publishedOn() != null) ? Date.valueOf(source.publishedOn()) : null,
						Types.DATE);
				insert.setString(7, source.archiveFile());
				insert.setString(8, source.seedFile());
				insert.setString(9, source.metadataNote());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return ids;
	}

	private static Map<String, Long> insertTerms(Connection connection, String table, List<SharedFile.Term> terms)
			throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO " + table + " (id, slug, name, description, position) VALUES (?, ?, ?, ?, ?)")) {
			for (SharedFile.Term term : terms) {
				long id = ids.size() + 1;
				ids.put(term.slug(), id);
				insert.setLong(1, id);
				insert.setString(2, term.slug());
				insert.setString(3, term.name());
				insert.setString(4, term.description());
				insert.setInt(5, (int) id - 1);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return ids;
	}

	private static Map<String, Long> insertOrganisations(Connection connection, DataSet data) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO organisation (id, slug, name) VALUES (?, ?, ?)")) {
			for (SharedFile.Organisation organisation : data.organisations()) {
				long id = ids.size() + 1;
				ids.put(organisation.slug(), id);
				insert.setLong(1, id);
				insert.setString(2, organisation.slug());
				insert.setString(3, organisation.name());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return ids;
	}

	private static void insertClaimsAndFigures(Connection connection, DataSet data, Map<String, Long> sources,
			Map<String, Long> dimensions) throws SQLException {
		try (PreparedStatement claims = connection.prepareStatement("INSERT INTO claim (id, source_id, dimension_id, "
				+ "favors, kind, statement, quote) VALUES (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement figures = connection.prepareStatement("INSERT INTO figure (id, source_id, claim_id, "
						+ "metric, subject, numeric_value, lower_bound, upper_bound, unit, approximate, statement, quote) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (ArticleFile article : data.articles()) {
				long source = resolve(sources, article.source().slug(), "source", article);
				for (ArticleFile.Claim claim : article.claims()) {
					claims.setLong(1, claim.id());
					claims.setLong(2, source);
					claims.setLong(3, resolve(dimensions, claim.dimension(), "dimension", article));
					claims.setString(4, claim.favors());
					claims.setString(5, claim.kind());
					claims.setString(6, claim.statement());
					claims.setString(7, claim.quote());
					claims.addBatch();
					for (ArticleFile.Figure figure : claim.figures()) {
						figures.setLong(1, figure.id());
						figures.setLong(2, source);
						figures.setLong(3, claim.id());
						figures.setString(4, figure.metric());
						figures.setString(5, figure.subject());
						setDecimal(figures, 6, figure.value());
						setDecimal(figures, 7, figure.lower());
						setDecimal(figures, 8, figure.upper());
						figures.setString(9, figure.unit());
						figures.setBoolean(10, figure.approximate());
						figures.setString(11, figure.statement());
						figures.setString(12, figure.quote());
						figures.addBatch();
					}
				}
			}
			// Every claim exists before a figure refers to it.
			claims.executeBatch();
			figures.executeBatch();
		}
	}

	private static void insertVerdicts(Connection connection, DataSet data, Map<String, Long> sources,
			Map<String, Long> dimensions) throws SQLException {
		long conditionId = 0;
		try (PreparedStatement verdicts = connection.prepareStatement("INSERT INTO verdict (id, source_id, "
				+ "dimension_id, winner, basis, rationale, quote) VALUES (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement conditions = connection.prepareStatement("INSERT INTO verdict_condition (id, "
						+ "verdict_id, position, statement, favors, quote) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (ArticleFile article : data.articles()) {
				for (ArticleFile.Verdict verdict : article.verdicts()) {
					verdicts.setLong(1, verdict.id());
					verdicts.setLong(2, resolve(sources, article.source().slug(), "source", article));
					verdicts.setLong(3, resolve(dimensions, verdict.dimension(), "dimension", article));
					verdicts.setString(4, verdict.winner());
					verdicts.setString(5, verdict.basis());
					verdicts.setString(6, verdict.rationale());
					verdicts.setString(7, verdict.quote());
					verdicts.addBatch();
					int position = 0;
					for (ArticleFile.Condition condition : verdict.conditions()) {
						conditions.setLong(1, ++conditionId);
						conditions.setLong(2, verdict.id());
						conditions.setInt(3, ++position);
						conditions.setString(4, condition.statement());
						conditions.setString(5, condition.favors());
						conditions.setString(6, condition.quote());
						conditions.addBatch();
					}
				}
			}
			verdicts.executeBatch();
			conditions.executeBatch();
		}
	}

	private static void insertRecommendations(Connection connection, DataSet data, Map<String, Long> sources,
			Map<String, Long> useCases) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO use_case_recommendation (id, "
				+ "source_id, use_case_id, language, statement, quote) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (ArticleFile article : data.articles()) {
				for (ArticleFile.Recommendation recommendation : article.recommendations()) {
					insert.setLong(1, recommendation.id());
					insert.setLong(2, resolve(sources, article.source().slug(), "source", article));
					insert.setLong(3, resolve(useCases, recommendation.useCase(), "use case", article));
					insert.setString(4, recommendation.language());
					insert.setString(5, recommendation.statement());
					insert.setString(6, recommendation.quote());
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static void insertAdoptions(Connection connection, DataSet data, Map<String, Long> sources,
			Map<String, Long> organisations) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO adoption (id, organisation_id, "
				+ "source_id, language, relation, purpose, statement, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (ArticleFile article : data.articles()) {
				for (ArticleFile.Adoption adoption : article.adoptions()) {
					insert.setLong(1, adoption.id());
					insert.setLong(2, resolve(organisations, adoption.organisation(), "organisation", article));
					insert.setLong(3, resolve(sources, article.source().slug(), "source", article));
					insert.setString(4, adoption.language());
					insert.setString(5, adoption.relation());
					insert.setString(6, adoption.purpose());
					insert.setString(7, adoption.statement());
					insert.setString(8, adoption.quote());
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static void insertContradictions(Connection connection, DataSet data, Map<String, Long> dimensions)
			throws SQLException {
		long sideId = 0;
		try (PreparedStatement contradictions = connection.prepareStatement(
				"INSERT INTO claim_contradiction (id, slug, dimension_id, summary, reason) VALUES (?, ?, ?, ?, ?)");
				PreparedStatement sides = connection.prepareStatement("INSERT INTO claim_contradiction_side (id, "
						+ "contradiction_id, claim_id, position) VALUES (?, ?, ?, ?)")) {
			long id = 0;
			for (SharedFile.Contradiction contradiction : data.contradictions()) {
				contradictions.setLong(1, ++id);
				contradictions.setString(2, contradiction.slug());
				contradictions.setLong(3, resolve(dimensions, contradiction.dimension(), "dimension", null));
				contradictions.setString(4, contradiction.summary());
				contradictions.setString(5, contradiction.reason());
				contradictions.addBatch();
				int position = 0;
				for (long claim : contradiction.claims()) {
					sides.setLong(1, ++sideId);
					sides.setLong(2, id);
					sides.setLong(3, claim);
					sides.setInt(4, ++position);
					sides.addBatch();
				}
			}
			contradictions.executeBatch();
			sides.executeBatch();
		}
	}

	private static long resolve(Map<String, Long> ids, String slug, String kind, ArticleFile article) {
		Long id = ids.get(slug);
		if (id == null) {
			throw new IllegalStateException("Unknown " + kind + " '" + slug + "'"
					+ ((article != null) ? " in the data of " + article.source().slug() : "")
					+ "; run DataLintTests for every mistake");
		}
		return id;
	}

	private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
		statement.setBigDecimal(index, value);
	}

}
