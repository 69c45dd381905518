package dev.rustvsgo;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own settings, {@code rustvsgo.*}, validated at start-up; their
 * defaults are in {@code application.properties}.
 *
 * @param cors what browser frontends may do
 * @param responseCache the cache of rendered responses
 * @param data where the article data files are
 * @param renderedItems the JSON kept of the model's shared items
 */
@ConfigurationProperties("rustvsgo")
@Validated
public record ApplicationProperties(@Valid @NotNull Cors cors, @Valid @NotNull ResponseCache responseCache,
		@Valid @NotNull Data data, @Valid @NotNull RenderedItems renderedItems) {

	/**
	 * @param allowedOrigins origins (or patterns such as {@code https://*.example.com})
	 * allowed to read the API from a browser with GET or HEAD; {@code *} allows any
	 */
	public record Cors(@NotEmpty List<String> allowedOrigins) {
	}

	/**
	 * @param maxBytes upper bound of the bytes the rendered responses hold; least
	 * recently used entries are evicted; 0 keeps nothing and renders every request (the
	 * benchmark's uncached runs)
	 */
	public record ResponseCache(@PositiveOrZero long maxBytes) {
	}

	/**
	 * @param maxBytes upper bound of the memory (estimated at 3 bytes a character) the
	 * JSON of the model's claims, verdicts, contradictions and recommendation evidence
	 * may hold, each rendered once ({@link dev.rustvsgo.web.json.RenderedOnce}); least
	 * recently used items are evicted and rendered again when next written; 0 keeps
	 * nothing
	 */
	public record RenderedItems(@PositiveOrZero long maxBytes) {
	}

	/**
	 * @param locations the data locations, read in order: resource locations ending with
	 * {@code /} ({@code classpath:db/data/}, {@code file:/srv/data/}), each with shared
	 * files at its top level and one file per article under {@code articles/}
	 */
	public record Data(@NotEmpty List<String> locations) {
	}

}
