package dev.rustvsgo.web.cache;

import com.github.benmanes.caffeine.cache.Policy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The responses {@link ResponseCacheFilter} rendered, by request path and query string,
 * in the Spring cache {@value #CACHE_NAME} (bounded by bytes, see
 * {@link CacheConfiguration}). The data only changes with a deployment (a Flyway
 * migration), so a rendered response never goes stale while the process runs.
 * <p>
 * Besides the statistics every cache publishes ({@code cache.gets}, {@code cache.size},
 * ...), it publishes the bytes it holds ({@code rustvsgo.response.cache.size}) and its
 * bound ({@code rustvsgo.response.cache.limit}), so that one can tell whether misses come
 * from a bound set too low.
 */
@Component
public class ResponseCache implements MeterBinder {

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

	@Override
	public void bindTo(MeterRegistry registry) {
		if (this.cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
			caffeine.policy().eviction().ifPresent((eviction) -> {
				Gauge.builder("rustvsgo.response.cache.size", eviction, ResponseCache::weightedSize)
					.description("Bytes the rendered responses hold (bodies, gzip variants and keys)")
					.baseUnit("bytes")
					.register(registry);
				Gauge.builder("rustvsgo.response.cache.limit", eviction, Policy.Eviction::getMaximum)
					.description(
							"Upper bound of the bytes the rendered responses hold (rustvsgo.response-cache.max-bytes)")
					.baseUnit("bytes")
					.register(registry);
			});
		}
	}

	private static double weightedSize(Policy.Eviction<?, ?> eviction) {
		return eviction.weightedSize().orElse(0);
	}

	/**
	 * Drops every rendered response, so the next requests run cold (used by tests and
	 * benchmarks).
	 */
	public void clear() {
		this.cache.clear();
	}

}
