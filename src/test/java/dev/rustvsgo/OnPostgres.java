package dev.rustvsgo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class against the PostgreSQL that {@link PostgresTestDatabase}
 * chooses, or skips it, with the reason, when there is none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresTestDatabase.AvailableCondition.class)
@ContextConfiguration(initializers = PostgresTestDatabase.DataSourceInitializer.class)
@interface OnPostgres {

}
