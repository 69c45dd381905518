package dev.rustvsgo.web;

/** A slug in the URL path names nothing: answered as a 404 problem naming the slug. */
public class ResourceNotFoundException extends RuntimeException {

	private final String slug;

	private ResourceNotFoundException(String kind, String slug, String collectionPath) {
		super("No " + kind + " with slug '" + slug + "'. " + collectionPath + " lists the " + kind + " slugs.");
		this.slug = slug;
	}

	/**
	 * @param kind what the slug names ("source", "dimension")
	 * @param slug the slug that was asked for
	 * @param collectionPath the endpoint that lists the valid slugs
	 */
	public static ResourceNotFoundException forSlug(String kind, String slug, String collectionPath) {
		return new ResourceNotFoundException(kind, slug, collectionPath);
	}

	public String getSlug() {
		return this.slug;
	}

}
