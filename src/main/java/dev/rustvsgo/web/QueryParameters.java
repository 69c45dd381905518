package dev.rustvsgo.web;

import java.util.List;

/** Helpers for optional multi-valued query parameters. */
public final class QueryParameters {

	private QueryParameters() {
	}

	/** An absent multi-valued parameter as an empty list, meaning "no filter". */
	public static <T> List<T> orEmpty(List<T> values) {
		return (values != null) ? values : List.of();
	}

}
