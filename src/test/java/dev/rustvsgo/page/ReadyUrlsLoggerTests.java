package dev.rustvsgo.page;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyUrlsLoggerTests {

	@Test
	void namesThePageTheApiAndSwaggerUiOnTheActualPort() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "9090")
			.withProperty("springdoc.swagger-ui.path", "/swagger-ui.html");
		assertThat(ReadyUrlsLogger.message(environment))
			.isEqualTo("Ready: the comparison page at http://localhost:9090/, "
					+ "the API at http://localhost:9090/api/dimensions, Swagger UI at http://localhost:9090/swagger-ui.html");
	}

	@Test
	void followsTheContextPathAndLeavesOutADisabledSwaggerUi() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("server.servlet.context-path", "/compare")
			.withProperty("springdoc.swagger-ui.enabled", "false");
		assertThat(ReadyUrlsLogger.message(environment)).isEqualTo(
				"Ready: the comparison page at http://localhost:8080/compare/, the API at http://localhost:8080/compare/api/dimensions");
	}

	@Test
	void saysNothingWithoutAnEmbeddedServer() {
		assertThat(ReadyUrlsLogger.message(new MockEnvironment())).isNull();
	}

}
