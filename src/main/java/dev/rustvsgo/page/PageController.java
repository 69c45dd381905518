package dev.rustvsgo.page;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the comparison page, {@code static/index.html}, at {@code /}. The page is a
 * static file that reads the public API in the browser; this handler only gives it the
 * root path. It stands in for Spring Boot's welcome page, which forwards to
 * {@code /index.html}: as a handler method, {@code /} answers other methods with the same
 * {@code 405} problem as every endpoint, and its bytes go through the response cache
 * (ETag, gzip) like the page's other files, which a forward would commit first. Not part
 * of the API, so not in its OpenAPI description.
 */
@Hidden
@Controller
class PageController {

	private static final Resource PAGE = new ClassPathResource("static/index.html");

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
	}

}
