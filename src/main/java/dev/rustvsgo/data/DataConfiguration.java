package dev.rustvsgo.data;

import dev.rustvsgo.ApplicationProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The data files at the locations {@code rustvsgo.data.locations} names, resolved as the
 * application context resolves resources ({@code classpath:}, {@code file:}).
 */
@Configuration(proxyBeanMethods = false)
class DataConfiguration {

	@Bean
	DataFiles dataFiles(ApplicationProperties properties, ResourcePatternResolver resolver) {
		return new DataFiles(properties.data().locations(), resolver);
	}

}
