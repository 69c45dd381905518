package dev.rustvsgo.database;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limit of a health check: an answer in time passes through, a check that hangs
 * is reported DOWN at the limit and interrupted.
 */
class TimeLimitedHealthIndicatorTests {

	@Test
	void passesOnAnAnswerInTime() {
		Health up = Health.up().withDetail("database", "PostgreSQL").build();
		assertThat(new TimeLimitedHealthIndicator(() -> up, Duration.ofSeconds(5)).health()).isEqualTo(up);
	}

	@Test
	void reportsDownAtTheLimitAndInterruptsAHangingCheck() throws InterruptedException {
		CountDownLatch interrupted = new CountDownLatch(1);
		TimeLimitedHealthIndicator indicator = new TimeLimitedHealthIndicator(() -> {
			try {
				Thread.sleep(Duration.ofMinutes(1));
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
			}
			return Health.up().build();
		}, Duration.ofMillis(200));
		long start = System.nanoTime();
		Health health = indicator.health();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "No answer within 200 ms");
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(5));
		assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the hanging check interrupted").isTrue();
	}

	@Test
	void reportsDownWithTheExceptionOfAFailingCheck() {
		Health health = new TimeLimitedHealthIndicator(() -> {
			throw new IllegalStateException("boom");
		}, Duration.ofSeconds(5)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "java.lang.IllegalStateException: boom");
	}

}
