package dev.rustvsgo.web.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error as an RFC 9457 {@code application/problem+json} body built by
 * {@link Problems}: a fixed {@code title} per kind of error and a {@code detail} that
 * tells the caller what to change. Never exposes exception class names or stack traces.
 * The application's own exceptions ({@link InvalidParameterException},
 * {@link ResourceNotFoundException}) carry their problem and are answered by the base
 * class, like every other {@link org.springframework.web.ErrorResponse}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** Longest rejected value echoed whole in a problem; longer ones are shortened. */
	static final int MAX_ECHOED_LENGTH = 20;

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

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
		return handleExceptionInternal(ex, Problems.invalidParameter(parameter, value, "expected " + expected, allowed),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A parameter broke a Bean Validation constraint declared on it ({@code @Min},
	 * {@code @Max}, {@code @Size}, {@code @NotBlank}): the problem names the first such
	 * parameter, its value (empty when it is missing) and the constraint's message, which
	 * states what is allowed.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ParameterValidationResult result = ex.getParameterValidationResults().getFirst();
		MethodParameter parameter = result.getMethodParameter();
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		String name = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
				: parameter.getParameterName();
		// A required parameter that is missing was sent as nothing.
		String value = (result.getArgument() != null) ? String.valueOf(result.getArgument()) : "";
		if (value.length() > MAX_ECHOED_LENGTH) {
			value = value.substring(0, MAX_ECHOED_LENGTH) + "…";
		}
		MessageSourceResolvable error = result.getResolvableErrors().getFirst();
		return handleExceptionInternal(ex, Problems.invalidParameter(name, value, error.getDefaultMessage(), List.of()),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.noEndpoint(ex.getHttpMethod().name(), "/" + ex.getResourcePath()),
				headers, HttpStatus.NOT_FOUND, request);
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
				.body(Problems.withType(problem));
		}
		return response;
	}

	/** Tomcat could not decode the query string (e.g. {@code %ZZ} or invalid UTF-8). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUndecodableQuery(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return respond(Problems.malformedQuery());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		return respond(Problems.internalError());
	}

	/**
	 * A problem response whose media type is fixed, so no Accept header can turn it into
	 * an empty 406.
	 */
	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
