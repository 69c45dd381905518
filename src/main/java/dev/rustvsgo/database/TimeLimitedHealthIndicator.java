package dev.rustvsgo.database;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health indicator that answers within a time limit: it runs another one on a virtual
 * thread and, when that has not answered in time, reports DOWN and interrupts it (which
 * closes a socket the check is blocked on).
 */
final class TimeLimitedHealthIndicator implements HealthIndicator {

	private final HealthIndicator delegate;

	private final Duration limit;

	TimeLimitedHealthIndicator(HealthIndicator delegate, Duration limit) {
		this.delegate = delegate;
		this.limit = limit;
	}

	@Override
	public Health health() {
		FutureTask<Health> check = new FutureTask<>(this.delegate::health);
		Thread.ofVirtual().name("health-check").start(check);
		try {
			return check.get(this.limit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			return Health.down().withDetail("error", "No answer within " + this.limit.toMillis() + " ms").build();
		}
		catch (InterruptedException ex) {
			check.cancel(true);
			Thread.currentThread().interrupt();
			return Health.unknown().withDetail("error", "Interrupted").build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause()).build();
		}
	}

}
