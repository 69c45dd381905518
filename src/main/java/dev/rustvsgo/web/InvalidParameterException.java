package dev.rustvsgo.web;

import java.util.List;

/**
 * A query parameter has a value the API cannot use: answered as a 400 problem naming the
 * parameter, the value and what is allowed.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final List<String> allowedValues;

	/**
	 * @param parameter the query parameter
	 * @param value the rejected value
	 * @param reason why it was rejected, e.g. "unknown source slug"
	 * @param allowedValues the values allowed, or an empty list when they are not a set
	 */
	public InvalidParameterException(String parameter, String value, String reason, List<String> allowedValues) {
		this("Invalid value '" + value + "' for parameter '" + parameter + "': " + reason
				+ (allowedValues.isEmpty() ? "." : ". Allowed values: " + String.join(", ", allowedValues) + "."),
				allowedValues, parameter, value);
	}

	private InvalidParameterException(String detail, List<String> allowedValues, String parameter, String value) {
		super(detail);
		this.parameter = parameter;
		this.value = value;
		this.allowedValues = List.copyOf(allowedValues);
	}

	/**
	 * A query parameter the operation does not declare.
	 * @param parameter the undeclared parameter's name
	 * @param value its (first) value
	 * @param declared the parameters the operation does declare
	 */
	public static InvalidParameterException unknownParameter(String parameter, String value, List<String> declared) {
		return new InvalidParameterException(
				"Unknown query parameter '" + parameter + "'. "
						+ (declared.isEmpty() ? "This operation takes no query parameters."
								: "Allowed parameters: " + String.join(", ", declared) + "."),
				declared, parameter, value);
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

	public List<String> getAllowedValues() {
		return this.allowedValues;
	}

}
