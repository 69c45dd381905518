package dev.rustvsgo.search;

import java.util.List;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of search hits, best first, with the facets of the whole result.
 *
 * @param query the query as given
 * @param hits the hits on this page, best first
 * @param facets hit counts of the whole result by type, source and dimension
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of search hits, best first (ties in the order types, then articles, list them), "
		+ "with the facets of the whole result, page metadata and links.")
public record SearchResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "wasm") String query,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SearchHit> hits,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SearchFacets facets,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
