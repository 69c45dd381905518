package dev.rustvsgo.web.problem;

import java.io.IOException;
import java.util.HexFormat;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for requests Tomcat rejects before they reach Spring MVC: an RFC
 * 9457 problem ({@link Problems}) instead of Tomcat's HTML page, with no server version.
 * <ul>
 * <li>a broken percent-encoding in the path ({@code /api/claims/%}), an encoded
 * {@code /}, {@code \} or NUL, {@code ..} above the root: 400 naming what was wrong;</li>
 * <li>a request line longer than the buffer for the request line and headers
 * ({@code server.max-http-request-header-size}): 414, where Tomcat says 400;</li>
 * <li>headers over that size, or more than the connector's header count: 431, where
 * Tomcat says 400;</li>
 * <li>a request line or header that does not parse (a raw space or non-ASCII byte in the
 * URL, a method that is not a token): 400;</li>
 * <li>{@code TRACE}: 405; an HTTP version other than 1.x: 505; anything else: its status,
 * titled by it.</li>
 * </ul>
 * Tomcat keeps the cause of a parse failure in the request's error attribute, in its own
 * (localised) words, which are compared here through Tomcat's own string manager.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final StringManager HTTP11 = StringManager.getManager(AbstractHttp11Protocol.class);

	private static final StringManager HTTP_UTIL = StringManager.getManager("org.apache.tomcat.util.http");

	/** Tomcat's message when the request line and headers overflow their buffer. */
	private static final String HEADER_TOO_LARGE = HTTP11.getString("iib.requestheadertoolarge.error");

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemDetail problem = problem(request, response, throwable);
		byte[] body = Problems.toJson(problem);
		try {
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is already broken; there is nobody left to report to.
		}
	}

	private static ProblemDetail problem(Request request, Response response, Throwable throwable) {
		String uri = rawPath(request);
		String path = instance(uri);
		int status = response.getStatus();
		ProtocolHandler handler = (request.getConnector() != null) ? request.getConnector().getProtocolHandler() : null;
		AbstractHttp11Protocol<?> http = (handler instanceof AbstractHttp11Protocol<?> http11) ? http11 : null;
		if (status == 400 && http != null && throwable != null) {
			if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
				// The buffer overflowed before the request target was read: the URI is
				// too
				// long; after it, the headers are too large.
				return (uri == null) ? Problems.uriTooLong(http.getMaxHttpRequestHeaderSize())
						: Problems.headersTooLarge(http.getMaxHttpRequestHeaderSize(), http.getMaxHeaderCount(), path);
			}
			if (throwable instanceof IllegalStateException
					&& HTTP_UTIL.getString("headers.maxCountFail", http.getMaxHeaderCount())
						.equals(throwable.getMessage())) {
				return Problems.headersTooLarge(http.getMaxHttpRequestHeaderSize(), http.getMaxHeaderCount(), path);
			}
		}
		if (status == 400 && uri != null && !validPercentEncoding(uri)) {
			return Problems.invalidPercentEncoding(path);
		}
		String message = response.getMessage();
		if (status == 400 && uri != null && message != null && message.startsWith("Invalid URI")) {
			return Problems.disallowedPath(path);
		}
		if (status == 400) {
			return Problems.malformedRequest(path);
		}
		if (status == 405) {
			return Problems.methodNotAllowed(request.getMethod(), path);
		}
		if (status == 505) {
			return Problems.versionNotSupported(path);
		}
		return Problems.containerError(status, path);
	}

	/** The request path as received, undecoded, or null when Tomcat did not read one. */
	private static String rawPath(Request request) {
		if (request.getCoyoteRequest() == null || request.getCoyoteRequest().requestURI().isNull()) {
			return null;
		}
		String uri = request.getCoyoteRequest().requestURI().toString();
		return (uri == null || uri.isEmpty()) ? null : uri;
	}

	/** Whether every {@code %} is followed by two hexadecimal digits. */
	static boolean validPercentEncoding(String uri) {
		for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
			if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHex(char c) {
		return HexFormat.isHexDigit(c);
	}

	/**
	 * The path as a URI reference: the bytes as received, with every character a path may
	 * not hold, and every {@code %} that does not start a valid escape, percent-encoded;
	 * null when Tomcat did not read a path.
	 */
	static String instance(String uri) {
		if (uri == null) {
			return null;
		}
		StringBuilder encoded = new StringBuilder(uri.length());
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			boolean escape = (c == '%') && i + 2 < uri.length() && isHex(uri.charAt(i + 1)) && isHex(uri.charAt(i + 2));
			if (escape || isPathCharacter(c)) {
				encoded.append(c);
			}
			else {
				encoded.append(String.format("%%%02X", (int) c & 0xff));
			}
		}
		return encoded.toString();
	}

	/** RFC 3986 pchar (less {@code %}), {@code /} and {@code ?}. */
	private static boolean isPathCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
	}

}
