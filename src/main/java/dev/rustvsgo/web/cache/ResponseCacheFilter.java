package dev.rustvsgo.web.cache;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@code GET} and {@code HEAD} requests of the API ({@code /api/**}), of its
 * OpenAPI description ({@code /v3/api-docs}) and of the comparison page and its files
 * ({@code /}, {@code /index.html}, {@code /assets/**}, {@code /webjars/**}) from
 * responses rendered once per distinct path, query string and {@code Accept} header (JSON
 * or CSV), in front of the dispatcher, so that no handler has to ask for caching and none
 * can forget it. The page's files do not depend on the query string (the page keeps its
 * state there and reads it in the browser), so it is left out of their key.
 * <ul>
 * <li>On a miss the request goes to its handler; a {@code 200} response is kept, with its
 * strong ETag and, from 2 KB, its gzip variant ({@link RenderedResponse}). Errors are
 * never kept.</li>
 * <li>On a hit neither the database nor the JSON serializer is touched; the request is
 * counted in the {@code http.server.requests} metrics under the route (URI pattern) that
 * rendered it.</li>
 * <li>Every kept response is answered with {@code ETag},
 * {@code Cache-Control: max-age=300, public}, {@code Vary: Accept, Accept-Encoding} and
 * an RFC 9530 {@code Repr-Digest} (sha-256 of the bytes sent); {@code If-None-Match} gets
 * {@code 304 Not Modified} (Spring's
 * {@link ServletWebRequest#checkNotModified(String)}).</li>
 * <li>The gzip variant goes to clients whose {@code Accept-Encoding} (parsed by Tomcat's
 * own parser) names gzip with a quality above 0; {@code gzip;q=0} or {@code gzip;q=0.0}
 * gets the identity body (RFC 9110, section 12.5.3). This is the only place responses are
 * compressed.</li>
 * </ul>
 */
public class ResponseCacheFilter extends OncePerRequestFilter {

	/**
	 * Browsers and proxies may reuse a response for 5 minutes, then revalidate with its
	 * ETag.
	 */
	static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

	private static final String GZIP = "gzip";

	/** RFC 9530: the digest of the representation sent. */
	static final String REPR_DIGEST = "Repr-Digest";

	private final ResponseCache responses;

	public ResponseCacheFilter(ResponseCache responses) {
		this.responses = responses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return true;
		}
		String path = request.getRequestURI();
		return !(isApi(path) || isPage(path));
	}

	private static boolean isApi(String path) {
		return path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
	}

	private static boolean isPage(String path) {
		return path.equals("/") || path.equals("/index.html") || path.startsWith("/assets/")
				|| path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = isApi(request.getRequestURI()) ? request.getQueryString() : null;
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		// The Accept header chooses the representation (JSON or CSV), so it is part of
		// the key.
		String key = request.getRequestURI() + ((query != null) ? "?" + query : "")
				+ ((accept != null) ? "\n" + accept : "");
		RenderedResponse rendered = this.responses.get(key);
		if (rendered != null) {
			// No handler runs on a hit: name the route its miss was served by, so that
			// the
			// request metrics count it under that route and not as UNKNOWN.
			String route = rendered.route();
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setPathPattern(route));
		}
		else {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, capture);
			// A HEAD response is kept only when its handler wrote the body, as Spring
			// MVC's controllers do; the static resource handler leaves it out.
			boolean bodyless = request.getMethod().equals("HEAD") && capture.getContentSize() == 0;
			if (capture.getStatus() != HttpStatus.OK.value() || capture.getContentType() == null || bodyless) {
				capture.copyBodyToResponse();
				return;
			}
			String route = ServerHttpObservationFilter.findObservationContext(request)
				.map(ServerRequestObservationContext::getPathPattern)
				.orElse(null);
			// The gzip variant is made for a client that takes it, or to keep for later
			// clients; a response neither kept nor sent gzipped is not compressed.
			boolean gzipVariant = this.responses.keeps() || acceptsGzip(request);
			rendered = RenderedResponse.of(capture.getContentType(), capture.getHeader(HttpHeaders.CONTENT_DISPOSITION),
					capture.getContentAsByteArray(), route, gzipVariant);
			this.responses.put(key, rendered);
		}
		write(request, response, rendered);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, RenderedResponse rendered)
			throws IOException {
		boolean gzip = rendered.gzipped() != null && acceptsGzip(request);
		String etag = gzip ? rendered.gzippedEtag() : rendered.etag();
		response.setContentType(rendered.contentType());
		if (rendered.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, rendered.contentDisposition());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(REPR_DIGEST, gzip ? rendered.gzippedDigest() : rendered.digest());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
		}
		byte[] body = gzip ? rendered.gzipped() : rendered.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Whether {@code Accept-Encoding} names gzip with a quality above 0. Tomcat's parser
	 * leaves out every coding with quality 0, however written ({@code q=0},
	 * {@code q=0.0}). A wildcard ({@code *}) alone gets the identity body, which is
	 * always acceptable unless excluded.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (headers.hasMoreElements()) {
			for (AcceptEncoding coding : parse(headers.nextElement())) {
				if (coding.getEncoding().equalsIgnoreCase(GZIP) && coding.getQuality() > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<AcceptEncoding> parse(String header) {
		try {
			List<AcceptEncoding> codings = AcceptEncoding.parse(new StringReader(header));
			return (codings != null) ? codings : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
