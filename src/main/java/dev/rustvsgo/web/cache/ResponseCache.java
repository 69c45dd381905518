package dev.rustvsgo.web.cache;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The responses {@link ResponseCacheFilter} rendered, by request path and query string,
 * in the Spring cache {@value #CACHE_NAME} (bounded by bytes, see
 * {@link CacheConfiguration}). The data only changes with a deployment (a Flyway
 * migration), so a rendered response never goes stale while the process runs.
 */
@Component
public class ResponseCache {

	/** Name of the Spring cache holding rendered responses. */
	public static final String CACHE_NAME = "responses";

	private final Cache cache;

	ResponseCache(CacheManager cacheManager) {
		this.cache = cacheManager.getCache(CACHE_NAME);
	}

	RenderedResponse get(String key) {
		return this.cache.get(key, RenderedResponse.class);
	}

	void put(String key, RenderedResponse response) {
		this.cache.put(key, response);
	}

	/**
	 * Drops every rendered response, so the next requests run cold (used by tests and
	 * benchmarks).
	 */
	public void clear() {
		this.cache.clear();
	}

}
