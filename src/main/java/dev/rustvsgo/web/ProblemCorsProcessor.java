package dev.rustvsgo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, answering a rejected cross-origin request (a method or header the
 * CORS configuration does not allow) with a 403 problem instead of plain text.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	static final String BODY = "{\"type\":\"urn:problem-type:rust-vs-go:cors-rejected\",\"title\":\"Cross-origin request rejected\","
			+ "\"status\":403,\"detail\":\"Browsers may only read this API with GET or HEAD from an allowed origin "
			+ "(see rustvsgo.cors.allowed-origins).\",\"instance\":\"/\"}";

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(BODY.getBytes(StandardCharsets.UTF_8));
		response.flush();
	}

}
