package dev.rustvsgo.web.paging;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * Where a page sits in the whole result.
 *
 * @param number the page number, from 0
 * @param size the requested page size (items per page)
 * @param totalElements items matching the filters across all pages
 * @param totalPages number of pages at this size
 */
@Schema(description = "Position of this page in the whole result.")
public record PageInfo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0") int number,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20") int size,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "57") long totalElements,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3") int totalPages) {

	public static PageInfo of(Page<?> page) {
		return new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

}
