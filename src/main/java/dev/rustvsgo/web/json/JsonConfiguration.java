package dev.rustvsgo.web.json;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustvsgo.ApplicationProperties;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import tools.jackson.core.io.SerializedString;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson modules Spring Boot registers with the application's JSON mapper, for every
 * response rendered.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

	/** The name of the rendered items' cache in the {@code cache.*} metrics. */
	static final String RENDERED_ITEMS = "rendered-items";

	/**
	 * Jackson's Blackbird module: bean properties read through generated lambdas rather
	 * than reflection.
	 */
	@Bean
	BlackbirdModule blackbirdModule() {
		return new BlackbirdModule();
	}

	/**
	 * The JSON of each claim, verdict, contradiction and recommendation evidence of the
	 * model, rendered once ({@link RenderedOnce}), within
	 * {@code rustvsgo.rendered-items.max-bytes}; its statistics are published as the
	 * {@code cache.*} metrics of the cache named {@value #RENDERED_ITEMS}.
	 */
	@Bean
	RenderedOnceModule renderedOnceModule(ApplicationProperties properties) {
		Cache<Object, SerializedString> rendered = Caffeine.newBuilder()
			.weakKeys()
			.maximumWeight(properties.renderedItems().maxBytes())
			.weigher((Object item, SerializedString json) -> 3 * json.charLength())
			.recordStats()
			.build();
		return new RenderedOnceModule(rendered);
	}

	/**
	 * Publishes the rendered items' cache statistics once the meter registry is ready.
	 */
	@Bean
	MeterBinder renderedItemsMetrics(RenderedOnceModule module) {
		return new CaffeineCacheMetrics<>(module.rendered(), RENDERED_ITEMS, Tags.empty());
	}

}
