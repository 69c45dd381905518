package dev.rustvsgo.web;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The response cache: Caffeine through Spring's cache abstraction, bounded by the bytes
 * it holds so that free-text queries cannot grow it without limit (least recently used
 * entries are evicted first).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

	@Bean
	CaffeineCacheManager cacheManager(@Value("${rustvsgo.response-cache.max-bytes:33554432}") long maxBytes) {
		CaffeineCacheManager manager = new CaffeineCacheManager(JsonResponseCache.CACHE_NAME);
		manager.setAllowNullValues(false);
		manager.setCaffeine(Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Object key, Object value) -> key.toString().length()
					+ ((JsonResponseCache.RenderedJson) value).weight()));
		return manager;
	}

}
