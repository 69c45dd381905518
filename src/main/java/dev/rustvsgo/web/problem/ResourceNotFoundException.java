package dev.rustvsgo.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A slug in the URL path names nothing: answered as a 404 problem naming the slug. */
public class ResourceNotFoundException extends ErrorResponseException {

	private ResourceNotFoundException(String kind, String slug, String collectionPath) {
		super(HttpStatus.NOT_FOUND, Problems.unknownSlug(kind, slug, collectionPath), null);
	}

	/**
	 * @param kind what the slug names ("source", "dimension")
	 * @param slug the slug that was asked for
	 * @param collectionPath the endpoint that lists the valid slugs
	 */
	public static ResourceNotFoundException forSlug(String kind, String slug, String collectionPath) {
		return new ResourceNotFoundException(kind, slug, collectionPath);
	}

}
