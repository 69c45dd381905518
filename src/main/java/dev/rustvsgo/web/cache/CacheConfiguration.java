package dev.rustvsgo.web.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustvsgo.ApplicationProperties;

import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches, Caffeine through Spring's cache abstraction: the response
 * cache, bounded by the bytes it holds so that free-text queries cannot grow it without
 * limit, and the claim count per filter, bounded by entries. Least recently used entries
 * are evicted first. Neither can go stale: the data only changes with a deployment. Both
 * record their statistics, which Boot publishes as {@code cache.gets} (hits and misses),
 * {@code cache.puts}, {@code cache.evictions} and {@code cache.size}, tagged with the
 * cache's name.
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

	/**
	 * Name of the Spring cache holding the number of claims matching a filter, so that
	 * further pages of the same filter need no {@code count(*)} over its matches.
	 */
	public static final String CLAIM_COUNTS = "claim-counts";

	@Bean
	CaffeineCacheManager cacheManager(ApplicationProperties properties) {
		CaffeineCacheManager manager = new CaffeineCacheManager(ResponseCache.CACHE_NAME);
		manager.setAllowNullValues(false);
		manager.setCaffeine(Caffeine.newBuilder()
			.recordStats()
			.maximumWeight(properties.responseCache().maxBytes())
			.weigher((Object key, Object value) -> key.toString().length() + ((RenderedResponse) value).weight()));
		manager.registerCustomCache(CLAIM_COUNTS,
				Caffeine.newBuilder().recordStats().maximumSize(properties.claimCountCache().maxEntries()).build());
		return manager;
	}

}
