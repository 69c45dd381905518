package dev.rustvsgo.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Computes each quote's {@link Anchor} in its article's archived text, once per quote:
 * the quote where it stands verbatim, else where it stands with its whitespace normalised
 * (runs of Unicode whitespace as one space), mapped back to the original span.
 */
@Component
public class Anchors {

	/** Characters of context on each side of a TextQuoteSelector. */
	static final int CONTEXT = 32;

	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s");

	private final ArchivedTexts texts;

	private final Map<String, NormalisedText> normalised = new ConcurrentHashMap<>();

	/**
	 * The anchors by article slug, then by quote: keyed by the quote strings the model
	 * already holds, not by copies.
	 */
	private final Map<String, Map<String, Optional<Anchor>>> anchors = new ConcurrentHashMap<>();

	Anchors(ArchivedTexts texts) {
		this.texts = texts;
	}

	/**
	 * The anchor of a quote in the archived text of an article, or {@code null} when the
	 * article has no archived text or the quote is not in it (SeedDataTests and
	 * AnchorTests keep every seeded quote in its text).
	 */
	public Anchor of(String sourceSlug, String quote) {
		if (this.texts.text(sourceSlug).isEmpty()) {
			return null;
		}
		return this.anchors.computeIfAbsent(sourceSlug, (slug) -> new ConcurrentHashMap<>())
			.computeIfAbsent(quote, (key) -> find(sourceSlug, quote))
			.orElse(null);
	}

	private Optional<Anchor> find(String sourceSlug, String quote) {
		Optional<String> archived = this.texts.text(sourceSlug);
		if (archived.isEmpty() || quote.isBlank()) {
			return Optional.empty();
		}
		String text = archived.get();
		int from = text.indexOf(quote);
		int to = from + quote.length();
		if (from < 0) {
			NormalisedText norm = this.normalised.computeIfAbsent(sourceSlug, (slug) -> NormalisedText.of(text));
			String wanted = normalise(quote);
			int at = norm.text().indexOf(wanted);
			if (at < 0) {
				return Optional.empty();
			}
			from = norm.original()[at];
			to = norm.original()[at + wanted.length() - 1] + 1;
		}
		int start = text.codePointCount(0, from);
		int end = start + text.codePointCount(from, to);
		String prefix = text.substring(text.offsetByCodePoints(from, -Math.min(CONTEXT, start)), from);
		int after = text.codePointCount(to, text.length());
		String suffix = text.substring(to, text.offsetByCodePoints(to, Math.min(CONTEXT, after)));
		String exact = text.substring(from, to);
		return Optional.of(new Anchor(exact.equals(quote) ? quote : exact, prefix, suffix, start, end));
	}

	private static String normalise(String text) {
		return text.replaceAll("(?U)\\s+", " ").trim();
	}

	/**
	 * A text with every run of whitespace as one space, and for each of its characters
	 * the index of the original character it stands for.
	 */
	private record NormalisedText(String text, int[] original) {

		static NormalisedText of(String text) {
			StringBuilder normalised = new StringBuilder(text.length());
			int[] original = new int[text.length()];
			boolean inWhitespace = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (WHITESPACE.matcher(String.valueOf(c)).matches()) {
					if (!inWhitespace) {
						original[normalised.length()] = i;
						normalised.append(' ');
					}
					inWhitespace = true;
				}
				else {
					original[normalised.length()] = i;
					normalised.append(c);
					inWhitespace = false;
				}
			}
			return new NormalisedText(normalised.toString(), original);
		}

	}

}
