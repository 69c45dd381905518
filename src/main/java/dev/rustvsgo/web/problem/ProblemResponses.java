package dev.rustvsgo.web.problem;

/** Media type and descriptions shared by the OpenAPI documentation of error responses. */
public final class ProblemResponses {

	/** Description of a 400 answer for a bad query parameter. */
	public static final String BAD_PARAMETER = "A query parameter is unknown, malformed, names an unknown value or is given "
			+ "twice though it takes one value, or the query string cannot be decoded. The problem names the parameter "
			+ "(`parameter`), the rejected value (`value`) and, where they form a set, the allowed values (`allowedValues`: "
			+ "for an unknown parameter, the parameters the operation takes).";

	/** Description of a 404 answer for a slug that names nothing. */
	public static final String UNKNOWN_SLUG = "No resource has this slug. The problem names the slug (`slug`).";

	private ProblemResponses() {
	}

}
