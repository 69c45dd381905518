package dev.rustvsgo.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
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
	 * An error Tomcat answers itself, before Spring MVC: a request line it cannot parse
	 * (400) or another failure.
	 */
	public static ProblemDetail containerError(int status, String path) {
		HttpStatus resolved = HttpStatus.resolve(status);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), (status == 400)
				? "The request could not be parsed. Percent-encode characters outside printable ASCII in the URL."
				: "The request could not be processed.");
		problem.setTitle((resolved != null) ? resolved.getReasonPhrase() : "Error");
		problem.setInstance(URI.create(path));
		return withType(problem);
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
