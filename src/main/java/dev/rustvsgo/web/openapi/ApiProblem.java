package dev.rustvsgo.web.openapi;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of the problem details {@link ApiExceptionHandler} serves, for the OpenAPI
 * description only: Spring's {@link org.springframework.http.ProblemDetail} keeps its
 * extra members in a map that is written flat into the JSON, which springdoc cannot see,
 * so {@link OpenApiConfiguration} documents {@code ProblemDetail} with this record.
 *
 * @param type URI naming the kind of problem
 * @param title fixed summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param instance the path of the request
 * @param parameter the rejected query parameter (400)
 * @param value the rejected value (400)
 * @param allowedValues the values the parameter allows, when they form a set (400)
 * @param slug the slug that names nothing (404 for a path slug)
 * @param id the id that names nothing (404 for a path id)
 */
@Schema(name = "ProblemDetail",
		description = "An RFC 9457 problem detail, served as application/problem+json for every error. "
				+ "A 400 for a query parameter adds parameter, value and (when the allowed values form a set) "
				+ "allowedValues; a 404 for an unknown slug adds slug, for an unknown id id.")
record ApiProblem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri",
		description = "URI naming the kind of problem, urn:problem-type:rust-vs-go: followed by invalid-parameter, "
				+ "resource-not-found, cors-rejected or, for other problems, the status name (bad-request, "
				+ "method-not-allowed, not-acceptable, internal-server-error, ...)",
		example = "urn:problem-type:rust-vs-go:invalid-parameter") String type,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Short summary, fixed per kind of problem",
				example = "Invalid parameter") String title,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The HTTP status code of the response",
				example = "400") int status,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "What went wrong with this request, and what to change",
				example = "Invalid value 'ZIG' for parameter 'favors': expected one of the allowed values. "
						+ "Allowed values: RUST, GO, NEITHER.") String detail,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri-reference",
				description = "The path of the request", example = "/api/claims") String instance,
		@Schema(description = "The query parameter that was rejected (400 only)", example = "favors") String parameter,
		@Schema(description = "The rejected value as sent (400 only): the values of a parameter given twice are "
				+ "joined with commas, and a long value is shortened and ends with …", example = "ZIG") String value,
		@ArraySchema(
				arraySchema = @Schema(description = "The values the parameter allows, when they form a set (400 only): "
						+ "enum constants, slugs, sort orders or, for an unknown parameter, the parameters the operation takes"),
				schema = @Schema(example = "GO")) List<String> allowedValues,
		@Schema(description = "The slug in the path that names nothing (404 for an unknown slug only)",
				example = "telepathy") String slug,
		@Schema(description = "The id in the path that names nothing (404 for an unknown id only)",
				example = "9999") Long id) {

}
