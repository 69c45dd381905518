package dev.rustvsgo.synthetic;

import java.util.Arrays;

import dev.rustvsgo.ApplicationProperties;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds {@link SyntheticDataMigration} to Flyway's migrations when
 * {@code rustvsgo.synthetic.enabled=true}, at the scale {@code rustvsgo.synthetic.scale}.
 * The properties are read when Flyway is configured at start-up rather than by a bean
 * condition, because in Spring AOT mode (the container image runs with
 * {@code -Dspring.aot.enabled=true}) bean conditions were settled at build time, where
 * the property is never set.
 */
@Configuration(proxyBeanMethods = false)
class SyntheticDataConfiguration {

	@Bean
	FlywayConfigurationCustomizer syntheticDataMigration(ApplicationProperties properties) {
		ApplicationProperties.Synthetic synthetic = properties.synthetic();
		return (configuration) -> {
			if (synthetic.enabled()) {
				JavaMigration[] migrations = configuration.getJavaMigrations();
				JavaMigration[] withSynthetic = Arrays.copyOf(migrations, migrations.length + 1);
				withSynthetic[migrations.length] = new SyntheticDataMigration(synthetic.scale());
				configuration.javaMigrations(withSynthetic);
			}
		};
	}

}
