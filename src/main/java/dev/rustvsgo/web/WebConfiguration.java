package dev.rustvsgo.web;

import dev.rustvsgo.ApplicationProperties;
import dev.rustvsgo.web.cache.ResponseCache;
import dev.rustvsgo.data.DataFiles;
import dev.rustvsgo.web.cache.ResponseCacheFilter;
import dev.rustvsgo.web.csv.CsvMessageConverter;
import dev.rustvsgo.web.problem.ProblemCorsProcessor;
import dev.rustvsgo.web.problem.ProblemErrorReportValve;
import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP behaviour shared by every endpoint: security headers, CORS for browser frontends
 * and rejection of undeclared query parameters. Security headers and CORS are servlet
 * filters in front of the response cache
 * ({@link dev.rustvsgo.web.cache.ResponseCacheFilter}), so that cached responses get them
 * as well.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DeclaredParametersInterceptor()).addPathPatterns("/api/**");
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Data-Version on every response; the web slices of the tests have no data files. */
	@Bean
	FilterRegistrationBean<DataVersionFilter> dataVersionFilter(ObjectProvider<DataFiles> files) {
		FilterRegistrationBean<DataVersionFilter> registration = new FilterRegistrationBean<>(
				new DataVersionFilter(files));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * {@code GET} and {@code HEAD} from the origins {@code rustvsgo.cors.allowed-origins}
	 * allows, without credentials; {@code ETag} and {@code Data-Version} are exposed to
	 * scripts. A rejected cross-origin request is a 403 problem.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(ApplicationProperties properties) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(properties.cors().allowedOrigins());
		configuration.addAllowedMethod("GET");
		configuration.addAllowedMethod("HEAD");
		configuration.addAllowedHeader(HttpHeaders.IF_NONE_MATCH);
		configuration.addAllowedHeader(HttpHeaders.ACCEPT);
		configuration.addAllowedHeader(HttpHeaders.CONTENT_TYPE);
		configuration.addExposedHeader(HttpHeaders.ETAG);
		configuration.addExposedHeader(HttpHeaders.CACHE_CONTROL);
		configuration.addExposedHeader(HttpHeaders.CONTENT_LENGTH);
		configuration.addExposedHeader("Repr-Digest");
		configuration.addExposedHeader(DataVersionFilter.HEADER);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		source.registerCorsConfiguration("/v3/api-docs/**", configuration);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Rendered responses, after the security headers and CORS (so that a cached response
	 * gets their headers too), in front of the dispatcher.
	 */
	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(ResponseCache responses) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(responses));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** {@code text/csv} for the bodies that have a tabular form. */
	@Bean
	CsvMessageConverter csvMessageConverter() {
		return new CsvMessageConverter();
	}

	/** Errors Tomcat answers itself (before Spring MVC) are problem details too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

}
