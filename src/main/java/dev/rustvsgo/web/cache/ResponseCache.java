package dev.rustvsgo.web.cache;

import com.github.benmanes.caffeine.cache.Policy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.rustvsgo.ApplicationProperties;

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
 * from a bound set too low. With a bound of 0 bytes
 * ({@code rustvsgo.response-cache.max-bytes=0}) it keeps nothing at all: every request is
 * rendered (Caffeine alone would evict such entries only after its next maintenance, so a
 * few concurrent requests could still be hits).
 */
@Component
public class ResponseCache implements MeterBinder {

	/** Name of the Spring cache holding rendered responses. */
	public static final String CACHE_NAME = "responses";

	private final Cache cache;

	/** False when the bound is 0 bytes: nothing is kept, so every request is rendered. */
	private final boolean enabled;

	ResponseCache(CacheManager cacheManager, ApplicationProperties properties) {
		this.cache = cacheManager.getCache(CACHE_NAME);
		this.enabled = properties.responseCache().maxBytes() > 0;
	}

	/** Whether rendered responses are kept at all (a bound above 0 bytes). */
	boolean keeps() {
		return this.enabled;
	}

	RenderedResponse get(String key) {
		return this.enabled ? this.cache.get(key, RenderedResponse.class) : null;
	}

	void put(String key, RenderedResponse response) {
		if (this.enabled) {
			this.cache.put(key, response);
		}
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
