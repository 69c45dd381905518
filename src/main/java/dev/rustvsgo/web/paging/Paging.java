package dev.rustvsgo.web.paging;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The limits of the {@code page} and {@code size} query parameters of the paginated list
 * operations, declared on each parameter with Bean Validation ({@code @Min}, {@code @Max}
 * with these messages), so that every list answers a bad page the same way and springdoc
 * documents the range.
 */
public final class Paging {

	/** Largest page size served; larger requests are rejected, not truncated. */
	public static final int MAX_PAGE_SIZE = 100;

	/** The message of a page below 0. */
	public static final String PAGE_MESSAGE = "must be 0 or greater";

	/** The message of a page size out of range. */
	public static final String SIZE_MESSAGE = "must be between 1 and " + MAX_PAGE_SIZE;

	/** What an operation description says about the limits. */
	public static final String LIMITS = "Page size is capped at " + MAX_PAGE_SIZE
			+ "; a larger size, a negative page or a size below 1 is a 400 problem, never silently changed.";

	private Paging() {
	}

	/**
	 * The items of a page cut from a list held in memory: a view, empty past the end.
	 */
	public static <T> List<T> slice(List<T> items, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), items.size());
		int to = (int) Math.min(pageable.getOffset() + pageable.getPageSize(), items.size());
		return items.subList(from, to);
	}

	/**
	 * A page cut from every match, held in memory in the order served, with the total.
	 */
	public static <T> Page<T> page(List<T> matches, Pageable pageable) {
		return new PageImpl<>(slice(matches, pageable), pageable, matches.size());
	}

}
