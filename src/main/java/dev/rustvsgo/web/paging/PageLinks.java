package dev.rustvsgo.web.paging;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to neighbouring pages of the same query, as paths with their query string.
 *
 * @param self this page
 * @param first the first page
 * @param prev the previous page, or {@code null} on the first page
 * @param next the next page, or {@code null} on the last page
 * @param last the last page
 */
@Schema(description = "Relative links to pages of the same query: the request's path and query string with page and "
		+ "size set, for example /api/claims?favors=GO&page=1&size=20 on a claims page. prev and next are null at the ends.")
public record PageLinks(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "This page.") String self,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The first page (page=0).") String first,
		@Schema(nullable = true, description = "The previous page, or null on the first page.") String prev,
		@Schema(nullable = true, description = "The next page, or null on the last page.") String next,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The last page (page=0 when nothing matches).") String last) {

	/** Links for a page of the current request, keeping its other query parameters. */
	public static PageLinks of(Page<?> page) {
		int lastPage = Math.max(page.getTotalPages() - 1, 0);
		// The current request's URL is read once; its query is already percent-encoded
		// and is kept as it came.
		UriComponentsBuilder request = ServletUriComponentsBuilder.fromCurrentRequest();
		return new PageLinks(link(request, page.getNumber(), page.getSize()), link(request, 0, page.getSize()),
				page.hasPrevious() ? link(request, Math.min(page.getNumber() - 1, lastPage), page.getSize()) : null,
				page.hasNext() ? link(request, page.getNumber() + 1, page.getSize()) : null,
				link(request, lastPage, page.getSize()));
	}

	private static String link(UriComponentsBuilder request, int number, int size) {
		UriComponents uri = request.cloneBuilder()
			.replaceQueryParam("page", number)
			.replaceQueryParam("size", size)
			.build();
		return uri.getPath() + "?" + uri.getQuery();
	}

}
