package dev.rustvsgo.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Builds every problem detail the API answers with, so that each kind of error has one
 * type, one title and one way of wording its detail, whether Spring MVC, Tomcat's error
 * report or the CORS check writes it.
 */
public final class Problems {

	/** Problem type of a 404 for a slug that names nothing. */
	public static final URI NOT_FOUND_TYPE = URI.create("urn:problem-type:rust-vs-go:resource-not-found");

	/** Problem type of a 400 for a query parameter with an unusable value. */
	public static final URI INVALID_PARAMETER_TYPE = URI.create("urn:problem-type:rust-vs-go:invalid-parameter");

	/**
	 * Problem type of a 403 for a cross-origin request the CORS configuration rejects.
	 */
	public static final URI CORS_REJECTED_TYPE = URI.create("urn:problem-type:rust-vs-go:cors-rejected");

	/**
	 * Writes problems where Spring MVC's message converters are out of reach (Tomcat's
	 * error report, the CORS check), with Spring's mix-in that writes the extra
	 * properties flat, as the converters do.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private Problems() {
	}

	/**
	 * A 400 for a query parameter whose value the API cannot use.
	 * @param parameter the query parameter
	 * @param value the rejected value, as sent
	 * @param reason why it was rejected, e.g. "unknown source slug"
	 * @param allowedValues the values allowed, or an empty list when they are not a set
	 */
	public static ProblemDetail invalidParameter(String parameter, String value, String reason,
			List<String> allowedValues) {
		return parameterProblem(
				"Invalid value '" + value + "' for parameter '" + parameter + "': " + reason
						+ (allowedValues.isEmpty() ? "."
								: ". Allowed values: " + String.join(", ", allowedValues) + "."),
				parameter, value, allowedValues);
	}

	/**
	 * A 400 for a query parameter the operation does not declare.
	 * @param parameter the undeclared parameter's name
	 * @param value its (first) value
	 * @param declared the parameters the operation does declare
	 */
	public static ProblemDetail unknownParameter(String parameter, String value, List<String> declared) {
		return parameterProblem(
				"Unknown query parameter '" + parameter + "'. "
						+ (declared.isEmpty() ? "This operation takes no query parameters."
								: "Allowed parameters: " + String.join(", ", declared) + "."),
				parameter, value, declared);
	}

	private static ProblemDetail parameterProblem(String detail, String parameter, String value,
			List<String> allowedValues) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_PARAMETER_TYPE, "Invalid parameter", detail);
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", value);
		if (!allowedValues.isEmpty()) {
			problem.setProperty("allowedValues", List.copyOf(allowedValues));
		}
		return problem;
	}

	/**
	 * A 404 for a slug in the path that names nothing.
	 * @param kind what the slug names ("source", "dimension")
	 * @param slug the slug that was asked for
	 * @param collectionPath the endpoint that lists the valid slugs
	 */
	public static ProblemDetail unknownSlug(String kind, String slug, String collectionPath) {
		ProblemDetail problem = of(HttpStatus.NOT_FOUND, NOT_FOUND_TYPE, "Resource not found",
				"No " + kind + " with slug '" + slug + "'. " + collectionPath + " lists the " + kind + " slugs.");
		problem.setProperty("slug", slug);
		return problem;
	}

	/**
	 * A 404 for a numeric id in the path that names nothing.
	 * @param kind what the id names ("claim")
	 * @param id the id that was asked for
	 * @param collectionPath the endpoint that lists the valid ids
	 */
	public static ProblemDetail unknownId(String kind, long id, String collectionPath) {
		ProblemDetail problem = of(HttpStatus.NOT_FOUND, NOT_FOUND_TYPE, "Resource not found",
				"No " + kind + " with id " + id + ". " + collectionPath + " lists the " + kind + "s.");
		problem.setProperty("id", id);
		return problem;
	}

	/** A 404 for a path no endpoint serves. */
	public static ProblemDetail noEndpoint(String method, String path) {
		return of(HttpStatus.NOT_FOUND, null, "No such endpoint", "No endpoint " + method + " " + path
				+ ". The endpoints are listed at /v3/api-docs and can be explored at /swagger-ui.html.");
	}

	/** A 400 for a query string Tomcat could not decode. */
	public static ProblemDetail malformedQuery() {
		return of(HttpStatus.BAD_REQUEST, null, "Malformed query string",
				"The query string could not be decoded: use UTF-8 and valid percent-encoding (%XX with hex digits).");
	}

	/** A 500: the cause is logged, never shown. */
	public static ProblemDetail internalError() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, null, "Internal server error",
				"The server could not answer this request. The error has been logged.");
	}

	/** A 403 for a cross-origin request the CORS configuration does not allow. */
	public static ProblemDetail corsRejected(String path) {
		ProblemDetail problem = of(HttpStatus.FORBIDDEN, CORS_REJECTED_TYPE, "Cross-origin request rejected",
				"Browsers may only read this API with GET or HEAD from an allowed origin "
						+ "(see rustvsgo.cors.allowed-origins).");
		problem.setInstance(URI.create(path));
		return problem;
	}

	/**
	 * A 400 for a path whose percent-encoding is broken: a {@code %} not followed by two
	 * hexadecimal digits ({@code /api/claims/%}, {@code /%zz}).
	 */
	public static ProblemDetail invalidPercentEncoding(String path) {
		return containerProblem(HttpStatus.BAD_REQUEST, "Malformed path",
				"The path has an invalid percent-encoding: '%' must be followed by two hexadecimal digits (%XX, "
						+ "the bytes of UTF-8). Write a literal '%' as %25.",
				path);
	}

	/**
	 * A 400 for a path Tomcat will not map: an encoded {@code /}, {@code \} or NUL, or
	 * {@code ..} segments that climb above the root.
	 */
	public static ProblemDetail disallowedPath(String path) {
		return containerProblem(HttpStatus.BAD_REQUEST, "Malformed path",
				"The path must start with '/' and may not contain an encoded '/' (%2F), '\\' (%5C) or NUL (%00), "
						+ "nor '..' segments that climb above the root.",
				path);
	}

	/**
	 * A 400 for a request line or header Tomcat cannot parse: a raw space, control or
	 * non-ASCII character in the URL, a method that is not a token, a malformed header.
	 */
	public static ProblemDetail malformedRequest(String path) {
		return containerProblem(HttpStatus.BAD_REQUEST, "Malformed request",
				"The request line or a header could not be parsed (RFC 9112). The URL may hold printable ASCII "
						+ "only (percent-encode other characters as UTF-8 bytes, %XX; a space is %20), header names "
						+ "must be tokens, and an HTTP/1.1 request needs exactly one Host header.",
				path);
	}

	/**
	 * A 414 for a request line longer than Tomcat's buffer for the request line and
	 * headers.
	 * @param limit the bytes the request line and the headers may take together
	 */
	public static ProblemDetail uriTooLong(int limit) {
		return containerProblem(HttpStatus.URI_TOO_LONG, "URI too long", "The request line is longer than the " + limit
				+ " bytes the request line and headers may take together. Shorten the query string.", null);
	}

	/**
	 * A 431 for headers that are too large together, or too many.
	 * @param limit the bytes the request line and the headers may take together
	 * @param maxCount the header fields a request may have
	 */
	public static ProblemDetail headersTooLarge(int limit, int maxCount, String path) {
		return containerProblem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
				"The request line and headers may take " + limit + " bytes together, in at most " + maxCount
						+ " header fields. Send fewer or shorter headers.",
				path);
	}

	/** A 405 Tomcat answers itself: {@code TRACE}. */
	public static ProblemDetail methodNotAllowed(String method, String path) {
		return containerProblem(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
				"Method '" + method + "' is not supported. This API answers GET and HEAD.", path);
	}

	/** A 505 for a request in an HTTP version other than 1.0 or 1.1. */
	public static ProblemDetail versionNotSupported(String path) {
		return containerProblem(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, "HTTP version not supported",
				"Send the request in HTTP/1.1 (or HTTP/1.0).", path);
	}

	/**
	 * Any other error Tomcat answers itself, before Spring MVC, titled by its status.
	 */
	public static ProblemDetail containerError(int status, String path) {
		HttpStatus resolved = HttpStatus.resolve(status);
		String detail = switch (status) {
			case 417 -> "The only expectation supported is 'Expect: 100-continue'.";
			case 501 -> "The request's Transfer-Encoding is not supported: send chunked or a Content-Length.";
			default -> "The request could not be processed.";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		problem.setTitle((resolved != null) ? resolved.getReasonPhrase() : "Error");
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return withType(problem);
	}

	/**
	 * A problem written by Tomcat's error report; the instance is the path as received,
	 * or none when Tomcat did not get as far as reading it.
	 */
	private static ProblemDetail containerProblem(HttpStatus status, String title, String detail, String path) {
		ProblemDetail problem = of(status, null, title, detail);
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

	private static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (type != null) {
			problem.setType(type);
		}
		return withType(problem);
	}

	/**
	 * Names the problem type after its status
	 * ({@code urn:problem-type:rust-vs-go:method-not-allowed}) unless it has one.
	 */
	public static ProblemDetail withType(ProblemDetail problem) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			HttpStatus resolved = HttpStatus.resolve(problem.getStatus());
			String name = (resolved != null) ? resolved.name().toLowerCase(Locale.ROOT).replace('_', '-')
					: "http-" + problem.getStatus();
			problem.setType(URI.create("urn:problem-type:rust-vs-go:" + name));
		}
		return problem;
	}

	/** The problem as JSON, for writers outside Spring MVC. */
	public static byte[] toJson(ProblemDetail problem) {
		return JSON.writeValueAsBytes(problem);
	}

}
