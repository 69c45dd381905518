package dev.rustvsgo.data;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data set's size as metrics: {@code rustvsgo.data.articles} and
 * {@code rustvsgo.data.files} (the data files read), {@code rustvsgo.data.rows} per table
 * (the rows the migration loaded from them) and {@code rustvsgo.data.info}, always 1,
 * whose {@code version} tag is the data version (as in the {@code Data-Version} header),
 * so that replicas serving different data show as different series. The rows are counted
 * once, after the migration, since the data only changes with a deployment.
 */
@Component
@DependsOnDatabaseInitialization
class DataMetrics implements MeterBinder {

	private final DataFiles files;

	private final JdbcTemplate jdbc;

	DataMetrics(DataFiles files, JdbcTemplate jdbc) {
		this.files = files;
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		DataFiles.DataVersion version = this.files.version();
		Gauge.builder("rustvsgo.data.articles", version::articles)
			.description("Article files in the data")
			.register(registry);
		Gauge.builder("rustvsgo.data.files", () -> version.files().size())
			.description("Data files read (articles and shared vocabularies)")
			.register(registry);
		Gauge.builder("rustvsgo.data.info", () -> 1)
			.description("The data version (SHA-256 of the data files) as the version tag")
			.tag("version", version.digest())
			.register(registry);
		for (String table : R__Article_data.TABLES) {
			Long rows = this.jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
			Gauge.builder("rustvsgo.data.rows", () -> rows)
				.description("Rows loaded from the data files, per table")
				.tag("table", table)
				.register(registry);
		}
	}

}
