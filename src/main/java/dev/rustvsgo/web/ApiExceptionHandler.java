package dev.rustvsgo.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error as an RFC 9457 {@code application/problem+json} body with a fixed
 * {@code title} per kind of error and a {@code detail} that tells the caller what to
 * change. Never exposes exception class names or stack traces.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** Problem type of a 404 for a slug that names nothing. */
	public static final URI NOT_FOUND_TYPE = URI.create("urn:problem-type:rust-vs-go:resource-not-found");

	/** Problem type of a 400 for a query parameter with an unusable value. */
	public static final URI INVALID_PARAMETER_TYPE = URI.create("urn:problem-type:rust-vs-go:invalid-parameter");

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleNotFound(ResourceNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND_TYPE);
		problem.setTitle("Resource not found");
		problem.setProperty("slug", ex.getSlug());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleInvalidParameter(InvalidParameterException ex) {
		return respond(invalidParameter(ex.getMessage(), ex.getParameter(), ex.getValue(), ex.getAllowedValues()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String value = String.valueOf(ex.getValue());
		Class<?> type = ex.getRequiredType();
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && type != null
				&& Collection.class.isAssignableFrom(type)) {
			// For a multi-valued parameter, name the element type (an enum's constants)
			// rather than List.
			type = ResolvableType.forMethodParameter(mismatch.getParameter()).asCollection().resolveGeneric(0);
		}
		List<String> allowed = List.of();
		String expected = (type != null) ? type.getSimpleName() : "a different value";
		if (type != null && type.isEnum()) {
			allowed = Arrays.stream(type.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList();
			expected = "one of the allowed values";
		}
		else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			expected = "a whole number";
		}
		String detail = "Invalid value '" + value + "' for parameter '" + parameter + "': expected " + expected
				+ (allowed.isEmpty() ? "." : ". Allowed values: " + String.join(", ", allowed) + ".");
		return handleExceptionInternal(ex, invalidParameter(detail, parameter, value, allowed), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath()
						+ ". The endpoints are listed at /v3/api-docs and can be explored at /swagger-ui.html.");
		problem.setTitle("No such endpoint");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	/**
	 * Gives framework-made problems (405, 406, 415, ...) a type, as every problem has
	 * one, and presets the problem media type so that the body is written whatever the
	 * request's Accept header says (even when that header is what failed).
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			return ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(withType(problem));
		}
		return response;
	}

	/** Tomcat could not decode the query string (e.g. {@code %ZZ} or invalid UTF-8). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUndecodableQuery(org.apache.tomcat.util.http.InvalidParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The query string could not be decoded: use UTF-8 and valid percent-encoding (%XX with hex digits).");
		problem.setTitle("Malformed query string");
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not answer this request. The error has been logged.");
		problem.setTitle("Internal server error");
		return respond(problem);
	}

	/**
	 * A problem response whose media type is fixed, so no Accept header can turn it into
	 * an empty 406.
	 */
	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(withType(problem));
	}

	/**
	 * Names the problem type after its status
	 * ("urn:problem-type:rust-vs-go:method-not-allowed") unless it has one.
	 */
	static ProblemDetail withType(ProblemDetail problem) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(typeFor(problem.getStatus()));
		}
		return problem;
	}

	/**
	 * The problem type named after an HTTP status, e.g.
	 * {@code urn:problem-type:rust-vs-go:not-found}.
	 */
	static URI typeFor(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		String name = (resolved != null) ? resolved.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
				: "http-" + status;
		return URI.create("urn:problem-type:rust-vs-go:" + name);
	}

	private static ProblemDetail invalidParameter(String detail, String parameter, String value,
			List<String> allowedValues) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(INVALID_PARAMETER_TYPE);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", value);
		if (!allowedValues.isEmpty()) {
			problem.setProperty("allowedValues", allowedValues);
		}
		return problem;
	}

}
