package dev.rustvsgo.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;

import dev.rustvsgo.RustVsGoApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A start-up without its database ends with Spring Boot's failure report naming the
 * database and the cause, not with stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableFailureAnalyzerTests {

	@Test
	void reportsTheUnreachableDatabaseInsteadOfStackTraces(CapturedOutput output) throws IOException {
		int closed = closedPort();
		String url = "jdbc:postgresql://127.0.0.1:" + closed + "/rustvsgo?password=s3cret&ssl=false";
		long start = System.nanoTime();
		assertThatException().isThrownBy(
				() -> new SpringApplicationBuilder(RustVsGoApplication.class).run("--spring.datasource.url=" + url,
						"--spring.datasource.username=rustvsgo", "--spring.datasource.password=s3cret",
						"--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off"));
		Duration failedAfter = Duration.ofNanos(System.nanoTime() - start);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The database could not be used at start-up.")
			.contains("URL:   jdbc:postgresql://127.0.0.1:" + closed + "/rustvsgo?password=******&ssl=false")
			.contains("User:  rustvsgo")
			.contains("Cause: Connection to 127.0.0.1:" + closed + " refused")
			.contains("(SQL state 08001; java.net.ConnectException: Connection refused)")
			.contains("Check that the database server is running")
			.doesNotContain("s3cret")
			.doesNotContain("\tat org.postgresql.");
		// Hikari retries the first connection for 10 s (initialization-fail-timeout),
		// then
		// the start-up stops well within the minute an orchestrator gives it.
		assertThat(failedAfter).isGreaterThanOrEqualTo(Duration.ofSeconds(10)).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void namesCredentialsForARefusedLogin() {
		SQLException refused = new SQLException("password authentication failed for user \"rustvsgo\"", "28P01");
		FailureAnalysis analysis = analyzer("jdbc:postgresql://db.example:5432/rustvsgo")
			.analyze(new BeanCreationException("flywayInitializer", "Unable to obtain connection", refused));
		assertThat(analysis.getDescription())
			.contains("Cause: password authentication failed for user \"rustvsgo\" (SQL state 28P01)");
		assertThat(analysis.getAction()).startsWith("Check the user name and password");
	}

	@Test
	void leavesOtherFailuresToOtherAnalyzers() {
		assertThat(analyzer("jdbc:h2:mem:x").analyze(new IllegalStateException("no"))).isNull();
		assertThat(
				analyzer("jdbc:h2:mem:x").analyze(new BeanCreationException("x", new SQLException("syntax", "42601"))))
			.isNull();
	}

	@Test
	void masksPasswordsInTheUrl() {
		assertThat(DatabaseUnavailableFailureAnalyzer.masked("jdbc:postgresql://h/db?user=u&password=p&ssl=true"))
			.isEqualTo("jdbc:postgresql://h/db?user=u&password=******&ssl=true");
		assertThat(DatabaseUnavailableFailureAnalyzer.masked("jdbc:postgresql://u:p@h:5432/db"))
			.isEqualTo("jdbc:postgresql://u:******@h:5432/db");
		assertThat(DatabaseUnavailableFailureAnalyzer.masked("jdbc:sqlserver://h;user=u;Password=p;db=x"))
			.isEqualTo("jdbc:sqlserver://h;user=u;Password=******;db=x");
		assertThat(DatabaseUnavailableFailureAnalyzer.masked("jdbc:postgresql://h:5432/db"))
			.isEqualTo("jdbc:postgresql://h:5432/db");
	}

	private static DatabaseUnavailableFailureAnalyzer analyzer(String url) {
		return new DatabaseUnavailableFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url));
	}

	/** A port nothing listens on: bound, then released. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
	}

}
