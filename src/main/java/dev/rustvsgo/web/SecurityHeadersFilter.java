package dev.rustvsgo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds security headers to every response. API responses get a Content-Security-Policy
 * that allows nothing (JSON needs no scripts, styles or frames); Swagger UI pages get one
 * that allows only this origin's own scripts, styles and images, which is what Swagger UI
 * loads. The application has no Spring Security (nothing is authenticated), so this small
 * filter stands in for its header writers.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Frame-Options", "DENY");
		String path = request.getRequestURI();
		boolean swaggerUi = path.startsWith("/swagger-ui");
		response.setHeader("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : API_POLICY);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
