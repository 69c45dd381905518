package dev.rustvsgo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Serves structured, sourced comparisons of Rust and Go extracted from five archived
 * articles.
 */
@SpringBootApplication
public class RustVsGoApplication {

	public static void main(String[] args) {
		SpringApplication.run(RustVsGoApplication.class, args);
	}

}
