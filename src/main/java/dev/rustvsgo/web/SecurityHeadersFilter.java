package dev.rustvsgo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds security headers to every response. API responses get a Content-Security-Policy
 * that allows nothing (JSON needs no scripts, styles or frames); the comparison page
 * ({@code /}, {@code /index.html}) gets one that allows only this origin's own scripts,
 * styles, images and connections (it loads its files and Chart.js from this application
 * and reads only {@code /api/**}), with no inline script or style; Swagger UI pages get
 * one that allows only this origin's own scripts, styles and images, which is what
 * Swagger UI loads (and inline styles, which it sets). The application has no Spring
 * Security (nothing is authenticated), so this small filter stands in for its header
 * writers.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", policy(request.getRequestURI()));
		chain.doFilter(request, response);
	}

	private static String policy(String path) {
		if (path.equals("/") || path.equals("/index.html")) {
			return PAGE_POLICY;
		}
		return path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : API_POLICY;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
