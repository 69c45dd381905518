package dev.rustvsgo.web.problem;

import java.io.IOException;

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
 * CORS configuration does not allow) with a 403 problem naming the request path
 * ({@link Problems#corsRejected}), instead of plain text.
 */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean allowed = super.processRequest(config, request, response);
		if (!allowed) {
			// Rejected: rejectRequest set the status; the body needs the request's path.
			byte[] body = Problems.toJson(Problems.corsRejected(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.flushBuffer();
		}
		return allowed;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.FORBIDDEN);
	}

}
