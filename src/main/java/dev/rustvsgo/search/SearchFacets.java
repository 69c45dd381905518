package dev.rustvsgo.search;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many hits of the whole result (every page) fall in each type, source and dimension.
 *
 * @param type hits per type, in the order of {@link SearchType}
 * @param source hits per source slug, by slug
 * @param dimension hits per dimension slug, in display order (hits without a dimension
 * are not counted)
 */
@Schema(description = "Hit counts of the whole result (all pages, after the filters) by type, by source slug and by "
		+ "dimension slug; only non-zero counts are listed. Hits without a dimension are not counted under dimension.")
public record SearchFacets(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "{\"RECOMMENDATION\": 2, \"CLAIM\": 9}") Map<SearchType, Long> type,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "{\"practical-comparison-2026\": 4}") Map<String, Long> source,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "{\"use-cases\": 6}") Map<String, Long> dimension) {
}
