package dev.rustvsgo.migration;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BackgroundMigrationTests {

	@Test
	void migratesOnTheExecutorAndWaitingReturnsOnceTheDataIsThere() {
		List<Runnable> submitted = new ArrayList<>();
		AsyncTaskExecutor heldBack = submitted::add;
		SimpleDriverDataSource dataSource = h2("background-migration-ok");
		BackgroundMigration migration = new BackgroundMigration(heldBack);

		migration.migrate(flyway(dataSource, "classpath:db/migration"));

		assertThat(submitted).hasSize(1);
		assertThat(tables(dataSource)).doesNotContain("CLAIM");
		submitted.get(0).run();
		migration.awaitCompletion();
		assertThat(JdbcClient.create(dataSource).sql("select count(*) from claim").query(Long.class).single())
			.isEqualTo(399L);
	}

	@Test
	void aFailedMigrationFailsTheWaitAndTheStartUp() {
		BackgroundMigration migration = new BackgroundMigration(Runnable::run);

		migration.migrate(flyway(h2("background-migration-broken"), "classpath:db/broken-migration"));

		assertThatExceptionOfType(FlywayException.class).isThrownBy(migration::awaitCompletion)
			.withMessageContaining("V1__broken.sql");
		assertThatExceptionOfType(FlywayException.class).isThrownBy(migration::afterSingletonsInstantiated)
			.withMessageContaining("MISSING_COLUMN");
	}

	@Test
	void withoutAMigrationThereIsNothingToWaitFor() {
		BackgroundMigration migration = new BackgroundMigration((task) -> {
			throw new AssertionError("nothing should be submitted");
		});

		migration.awaitCompletion();
		migration.afterSingletonsInstantiated();
	}

	private static SimpleDriverDataSource h2(String name) {
		return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	private static Flyway flyway(SimpleDriverDataSource dataSource, String location) {
		return Flyway.configure().dataSource(dataSource).locations(location).load();
	}

	private static List<String> tables(SimpleDriverDataSource dataSource) {
		return JdbcClient.create(dataSource)
			.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'")
			.query(String.class)
			.list();
	}

}
