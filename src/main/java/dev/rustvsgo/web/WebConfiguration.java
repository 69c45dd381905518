package dev.rustvsgo.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP behaviour shared by every endpoint: CORS for browser frontends, rejection of
 * undeclared query parameters, and security headers.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	private final List<String> allowedOrigins;

	/**
	 * @param allowedOrigins origins (or patterns such as {@code https://*.example.com})
	 * allowed to read the API from a browser; {@code *} allows any origin
	 */
	WebConfiguration(@Value("${rustvsgo.cors.allowed-origins:*}") List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String pattern : List.of("/api/**", "/v3/api-docs/**")) {
			registry.addMapping(pattern)
				.allowedOriginPatterns(this.allowedOrigins.toArray(String[]::new))
				.allowedMethods("GET", "HEAD")
				.allowedHeaders(HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE)
				.exposedHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_LENGTH)
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameterInterceptor()).addPathPatterns("/api/**");
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
