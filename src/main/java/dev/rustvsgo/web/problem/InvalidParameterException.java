package dev.rustvsgo.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter has a value the API cannot use: answered as a 400 problem naming the
 * parameter, the value and what is allowed (see {@link Problems#invalidParameter}).
 */
public class InvalidParameterException extends ErrorResponseException {

	/**
	 * @param parameter the query parameter
	 * @param value the rejected value
	 * @param reason why it was rejected, e.g. "unknown source slug"
	 * @param allowedValues the values allowed, or an empty list when they are not a set
	 */
	public InvalidParameterException(String parameter, String value, String reason, List<String> allowedValues) {
		this(Problems.invalidParameter(parameter, value, reason, allowedValues));
	}

	private InvalidParameterException(ProblemDetail problem) {
		super(HttpStatus.BAD_REQUEST, problem, null);
	}

	/**
	 * A query parameter the operation does not declare.
	 * @param parameter the undeclared parameter's name
	 * @param value its (first) value
	 * @param declared the parameters the operation does declare
	 */
	public static InvalidParameterException unknownParameter(String parameter, String value, List<String> declared) {
		return new InvalidParameterException(Problems.unknownParameter(parameter, value, declared));
	}

}
