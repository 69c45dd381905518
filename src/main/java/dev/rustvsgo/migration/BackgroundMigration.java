package dev.rustvsgo.migration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the Flyway migrations on the application task executor, so that they run while
 * Hibernate starts (also in the background, see
 * {@code spring.data.jpa.repositories.bootstrap-mode}) and the rest of the context is
 * built. Whatever reads the database during start-up calls {@link #awaitCompletion()}
 * first; the context itself does not finish refreshing, and the web server does not
 * start, before the migrations have completed: a failed migration fails the start-up as
 * it would without this strategy.
 */
@Component
public class BackgroundMigration implements FlywayMigrationStrategy, SmartInitializingSingleton {

	private final AsyncTaskExecutor executor;

	private volatile CompletableFuture<?> migration = CompletableFuture.completedFuture(null);

	BackgroundMigration(
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor executor) {
		this.executor = executor;
	}

	@Override
	public void migrate(Flyway flyway) {
		this.migration = this.executor.submitCompletable(flyway::migrate);
	}

	/**
	 * Blocks until the migrations have completed.
	 * @throws RuntimeException the exception a migration failed with
	 */
	public void awaitCompletion() {
		try {
			this.migration.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		awaitCompletion();
	}

}
