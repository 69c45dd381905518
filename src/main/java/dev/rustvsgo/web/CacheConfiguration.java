package dev.rustvsgo.web;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches, Caffeine through Spring's cache abstraction: the response
 * cache, bounded by the bytes it holds so that free-text queries cannot grow it without
 * limit, and the claim count per filter, bounded by entries. Least recently used entries
 * are evicted first. Neither can go stale: the data only changes with a deployment.
 * <p>
 * The caches are used through {@link org.springframework.cache.CacheManager} calls, not
 * through {@code @Cacheable}, so caching annotations are not enabled: without
 * {@code @EnableCaching} no advisor inspects every bean's methods for them at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

	/**
	 * Name of the Spring cache holding the number of claims matching a filter, so that
	 * further pages of the same filter need no {@code count(*)} over its matches.
	 */
	public static final String CLAIM_COUNTS = "claim-counts";

	@Bean
	CaffeineCacheManager cacheManager(@Value("${rustvsgo.response-cache.max-bytes:33554432}") long maxBytes,
			@Value("${rustvsgo.claim-count-cache.max-entries:10000}") long maxCounts) {
		CaffeineCacheManager manager = new CaffeineCacheManager(JsonResponseCache.CACHE_NAME);
		manager.setAllowNullValues(false);
		manager.setCaffeine(Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Object key, Object value) -> key.toString().length()
					+ ((JsonResponseCache.RenderedJson) value).weight()));
		manager.registerCustomCache(CLAIM_COUNTS, Caffeine.newBuilder().maximumSize(maxCounts).build());
		return manager;
	}

}
