package dev.rustvsgo.web.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustvsgo.ApplicationProperties;

import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's cache, Caffeine through Spring's cache abstraction: the response
 * cache of rendered bytes, bounded by the bytes it holds so that free-text queries cannot
 * grow it without limit. Least recently used entries are evicted first. It cannot go
 * stale: the data only changes with a deployment. It records its statistics, which Boot
 * publishes as {@code cache.gets} (hits and misses), {@code cache.puts},
 * {@code cache.evictions} and {@code cache.size}, tagged with the cache's name.
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

	@Bean
	CaffeineCacheManager cacheManager(ApplicationProperties properties) {
		CaffeineCacheManager manager = new CaffeineCacheManager(ResponseCache.CACHE_NAME);
		manager.setAllowNullValues(false);
		manager.setCaffeine(Caffeine.newBuilder()
			.recordStats()
			.maximumWeight(properties.responseCache().maxBytes())
			.weigher((Object key, Object value) -> key.toString().length() + ((RenderedResponse) value).weight()));
		return manager;
	}

}
