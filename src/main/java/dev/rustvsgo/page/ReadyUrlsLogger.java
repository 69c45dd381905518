package dev.rustvsgo.page;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs once, when the service is ready, where to go: the comparison page, the API and
 * Swagger UI, on the port the server actually listens on ({@code local.server.port},
 * which Spring Boot sets once the embedded server has started, also for
 * {@code --server.port=0} and in AOT mode). Without an embedded server (a mock web
 * environment in tests) it logs nothing.
 */
@Component
class ReadyUrlsLogger implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ReadyUrlsLogger.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String message = message(event.getApplicationContext().getEnvironment());
		if (message != null) {
			logger.info(message);
		}
	}

	/** The line to log, or {@code null} without an embedded server. */
	static String message(Environment environment) {
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null) {
			return null;
		}
		String base = "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
		StringBuilder message = new StringBuilder("Ready: the comparison page at ").append(base)
			.append("/, the API at ")
			.append(base)
			.append("/api/dimensions");
		if (environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true)
				&& environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true)) {
			message.append(", Swagger UI at ")
				.append(base)
				.append(environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html"));
		}
		return message.toString();
	}

}
