package dev.rustvsgo.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The archived text of each article, byte for byte as in {@code docs/sources/}, which the
 * build packages onto the class path as {@code sources/<slug>.txt}: the text every quote
 * is checked against. Each is read once, the first time it is asked for.
 */
@Component
public class ArchivedTexts {

	private final Map<String, Optional<byte[]>> texts = new ConcurrentHashMap<>();

	private final Map<String, Optional<String>> decoded = new ConcurrentHashMap<>();

	/**
	 * The archived bytes (UTF-8) of the article with this slug; empty when there is none
	 * (an unknown slug, or a synthetic source of the load-test data).
	 */
	public Optional<byte[]> bytes(String slug) {
		return this.texts.computeIfAbsent(slug, ArchivedTexts::read);
	}

	/**
	 * The archived text of the article with this slug, decoded once; empty when there is
	 * none.
	 */
	public Optional<String> text(String slug) {
		return this.decoded.computeIfAbsent(slug,
				(key) -> bytes(key).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)));
	}

	private static Optional<byte[]> read(String slug) {
		if (!slug.matches("[a-z0-9-]+")) {
			return Optional.empty();
		}
		ClassPathResource resource = new ClassPathResource("sources/" + slug + ".txt");
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The archived text of " + slug + " could not be read", ex);
		}
	}

}
