package dev.rustvsgo.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's health, {@code db} in {@code /actuator/health}: Spring Boot's check of
 * the data source, answered within {@link #LIMIT} whatever the network does. The
 * readiness group leaves it out, since every answer comes from memory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

	/**
	 * Within the second a health check is given, with room for the HTTP exchange. The
	 * pool gives up sooner (Hikari's connection-timeout 500 ms, validation-timeout 250
	 * ms); the limit is for a connection that hangs in between, which Boot's check would
	 * wait on without a timeout ({@code Connection.isValid(0)}).
	 */
	static final Duration LIMIT = Duration.ofMillis(700);

	/**
	 * Replaces Spring Boot's {@code db} indicator, which backs off for a bean of this
	 * name.
	 */
	@Bean
	@ConditionalOnEnabledHealthIndicator("db")
	HealthIndicator dbHealthIndicator(DataSource dataSource) {
		return new TimeLimitedHealthIndicator(new DataSourceHealthIndicator(dataSource), LIMIT);
	}

}
