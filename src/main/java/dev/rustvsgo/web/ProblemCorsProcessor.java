package dev.rustvsgo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, answering a rejected cross-origin request (a method or header the
 * CORS configuration does not allow) with a 403 problem naming the request path, instead
 * of plain text.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean allowed = super.processRequest(config, request, response);
		if (!allowed) {
			// Rejected: rejectRequest set the status; the body needs the request's path.
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(body(request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
			response.flushBuffer();
		}
		return allowed;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.FORBIDDEN);
	}

	private static String body(String path) {
		return "{\"type\":\"urn:problem-type:rust-vs-go:cors-rejected\",\"title\":\"Cross-origin request rejected\","
				+ "\"status\":403,\"detail\":\"Browsers may only read this API with GET or HEAD from an allowed origin "
				+ "(see rustvsgo.cors.allowed-origins).\",\"instance\":\"" + ProblemErrorReportValve.jsonEscape(path)
				+ "\"}";
	}

}
