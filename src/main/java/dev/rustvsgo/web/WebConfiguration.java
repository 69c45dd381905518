package dev.rustvsgo.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

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
		registry.addInterceptor(new DeclaredParametersInterceptor()).addPathPatterns("/api/**");
	}

	/** Rejected cross-origin requests are problem details too. */
	@Bean
	static BeanPostProcessor problemCorsProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor());
				}
				return bean;
			}
		};
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

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
