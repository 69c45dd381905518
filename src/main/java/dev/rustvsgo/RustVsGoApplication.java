package dev.rustvsgo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Serves structured, sourced comparisons of Rust and Go extracted from archived articles
 * (the data files under {@code db/data/}).
 */
@SpringBootApplication
@EnableConfigurationProperties(ApplicationProperties.class)
public class RustVsGoApplication {

	public static void main(String[] args) {
		SpringApplication.run(RustVsGoApplication.class, args);
	}

}
