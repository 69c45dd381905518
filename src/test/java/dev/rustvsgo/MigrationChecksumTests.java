package dev.rustvsgo;

import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the checksum of every landed versioned migration. Every production database holds
 * these checksums in {@code flyway_schema_history}; a migration edited after it landed
 * passes every test on a fresh database and then stops a deployed one at start-up
 * (Flyway's validation fails on the mismatch). This test fails first.
 */
class MigrationChecksumTests {

	/**
	 * Flyway's checksums of the landed migrations, by version, as
	 * {@code flyway_schema_history} holds them. A new migration is added here once it
	 * lands; an entry never changes.
	 */
	private static final Map<String, Integer> LANDED = Map.ofEntries(entry("1", -1616732284), entry("2", -1023451647),
			entry("3", 59836155), entry("4", -1855724214), entry("5", -1248691870), entry("6", 1217265885),
			entry("7", 511527907), entry("8", -989064980), entry("9", 453784873), entry("10", -1926825629),
			entry("11", 1340148418));

	private static final String ADVICE = "A landed migration is never edited: every production database holds its "
			+ "checksum and Flyway would refuse to start. Undo the edit; change the data in db/data/ (see docs/data.md) "
			+ "or add a new migration V<next>__<what>.sql for a schema change, and pin its checksum here once it lands.";

	@Test
	void landedMigrationsAreUnchanged() {
		Map<String, Integer> resolved = resolvedChecksums();
		assertThat(resolved.keySet()).as("landed migrations missing from db/migration. " + ADVICE)
			.containsAll(LANDED.keySet());
		LANDED.forEach((version, checksum) -> assertThat(resolved.get(version))
			.as("checksum of V%s__*.sql. %s", version, ADVICE)
			.isEqualTo(checksum));
	}

	@Test
	void everyVersionedMigrationIsPinned() {
		assertThat(LANDED.keySet())
			.as("a versioned migration without a pinned checksum: add it to %s.LANDED (its checksum is in the "
					+ "failure below) so that it can never be edited once it lands",
					MigrationChecksumTests.class.getSimpleName())
			.containsAll(resolvedChecksums().keySet());
	}

	/**
	 * Flyway's own checksums of the versioned migrations on the classpath, read without
	 * migrating (into an empty in-memory database that is never written).
	 */
	private static Map<String, Integer> resolvedChecksums() {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:migration-checksums", "sa", "")
			.locations("classpath:db/migration")
			.load();
		Map<String, Integer> checksums = new TreeMap<>();
		for (MigrationInfo migration : flyway.info().all()) {
			if (migration.getVersion() != null) {
				checksums.put(migration.getVersion().getVersion(), migration.getChecksum());
			}
		}
		return checksums;
	}

}
