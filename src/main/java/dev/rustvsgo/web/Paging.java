package dev.rustvsgo.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code size} query parameters of the paginated list operations:
 * their limits and their validation, shared so that every list answers a bad page the
 * same way.
 */
public final class Paging {

	/** Largest page size served; larger requests are rejected, not truncated. */
	public static final int MAX_PAGE_SIZE = 100;

	/** What an operation description says about the limits. */
	public static final String LIMITS = "Page size is capped at " + MAX_PAGE_SIZE
			+ "; a larger size, a negative page or a size below 1 is a 400 problem, never silently changed.";

	private Paging() {
	}

	/**
	 * The page asked for.
	 * @param page the {@code page} parameter, from 0
	 * @param size the {@code size} parameter, 1 to {@link #MAX_PAGE_SIZE}
	 * @param sort the order of the items
	 * @throws InvalidParameterException naming {@code page} or {@code size} when out of
	 * range
	 */
	public static PageRequest request(int page, int size, Sort sort) {
		if (page < 0) {
			throw new InvalidParameterException("page", String.valueOf(page), "must be 0 or greater", List.of());
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size), "must be between 1 and " + MAX_PAGE_SIZE,
					List.of());
		}
		return PageRequest.of(page, size, sort);
	}

	/** The page asked for, of items in their one fixed order. */
	public static PageRequest request(int page, int size) {
		return request(page, size, Sort.unsorted());
	}

	/**
	 * The items of a page cut from a list held in memory: a view, empty past the end.
	 */
	public static <T> List<T> slice(List<T> items, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), items.size());
		int to = (int) Math.min(pageable.getOffset() + pageable.getPageSize(), items.size());
		return items.subList(from, to);
	}

}
