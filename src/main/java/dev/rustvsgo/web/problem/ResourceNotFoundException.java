package dev.rustvsgo.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A slug or id in the URL path names nothing: answered as a 404 problem naming it. */
public class ResourceNotFoundException extends ErrorResponseException {

	private ResourceNotFoundException(ProblemDetail problem) {
		super(HttpStatus.NOT_FOUND, problem, null);
	}

	/**
	 * @param kind what the slug names ("source", "dimension")
	 * @param slug the slug that was asked for
	 * @param collectionPath the endpoint that lists the valid slugs
	 */
	public static ResourceNotFoundException forSlug(String kind, String slug, String collectionPath) {
		return new ResourceNotFoundException(Problems.unknownSlug(kind, slug, collectionPath));
	}

	/**
	 * @param kind what the id names ("claim")
	 * @param id the id that was asked for
	 * @param collectionPath the endpoint that lists the valid ids
	 */
	public static ResourceNotFoundException forId(String kind, long id, String collectionPath) {
		return new ResourceNotFoundException(Problems.unknownId(kind, id, collectionPath));
	}

}
