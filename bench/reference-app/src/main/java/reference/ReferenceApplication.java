package reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest application of the kind the API is: one entity read through Spring Data
 * JPA from an H2 database that Flyway creates, served as JSON at {@code /api/dimensions}
 * (the path bench/run.sh polls for readiness).
 */
@SpringBootApplication
public class ReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferenceApplication.class, args);
	}

}
