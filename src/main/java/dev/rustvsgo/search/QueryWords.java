package dev.rustvsgo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words and phrases a query looks for, as the analysis writes them (stemmed, synonyms
 * expanded), and where they stand in an item's text: the highlights of a hit. Finding
 * them in the text again with the analysis (token offsets) costs a few microseconds a
 * hit, where asking the index for each hit's matches costs a hundred times more.
 */
final class QueryWords {

	/** Words matched wherever they stand. */
	private final Set<String> words = new HashSet<>();

	/** Phrases matched only where their words stand in order, by their terms joined. */
	private final Map<String, Phrase> phrases = new HashMap<>();

	/** Adds the words and phrases of a query (or part of one) that should be marked. */
	void add(Query query) {
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				if (leaf instanceof PhraseQuery phrase && terms.length > 1) {
					String[] texts = new String[terms.length];
					for (int i = 0; i < terms.length; i++) {
						texts[i] = terms[i].text();
					}
					QueryWords.this.phrases.putIfAbsent(String.join(" ", texts),
							new Phrase(texts, phrase.getPositions()));
				}
				else {
					for (Term term : terms) {
						QueryWords.this.words.add(term.text());
					}
				}
			}

		});
	}

	/**
	 * Where the words and phrases stand in a text: spans in code points, in order, merged
	 * where they overlap.
	 * @param analysis the analysis the text was indexed with
	 */
	List<TextRange> ranges(String text, Analyzer analysis) {
		List<Token> tokens = tokens(text, analysis);
		List<int[]> spans = new ArrayList<>();
		Map<Integer, Token> byPosition = new HashMap<>();
		for (Token token : tokens) {
			byPosition.put(token.position(), token);
			if (this.words.contains(token.term())) {
				spans.add(new int[] { token.start(), token.end() });
			}
		}
		for (Phrase phrase : this.phrases.values()) {
			for (Token first : tokens) {
				Token last = phrase.endingAt(first, byPosition);
				if (last != null) {
					spans.add(new int[] { first.start(), last.end() });
				}
			}
		}
		spans.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt((span) -> span[1]));
		List<TextRange> ranges = new ArrayList<>();
		int[] current = null;
		for (int[] span : spans) {
			if (current != null && span[0] < current[1]) {
				current[1] = Math.max(current[1], span[1]);
				continue;
			}
			if (current != null) {
				ranges.add(codePoints(text, current));
			}
			current = span;
		}
		if (current != null) {
			ranges.add(codePoints(text, current));
		}
		return ranges;
	}

	private static TextRange codePoints(String text, int[] span) {
		int start = text.codePointCount(0, span[0]);
		return new TextRange(start, start + text.codePointCount(span[0], span[1]));
	}

	private static List<Token> tokens(String text, Analyzer analysis) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analysis.tokenStream(SearchIndex.STATEMENT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** A word of a text, as analysed, with its position and its offsets in the text. */
	private record Token(String term, int position, int start, int end) {
	}

	/** A phrase: its terms and their positions relative to each other. */
	private record Phrase(String[] terms, int[] positions) {

		/** The last token of this phrase when it starts at the given token, else null. */
		Token endingAt(Token first, Map<Integer, Token> byPosition) {
			Token last = null;
			for (int i = 0; i < this.terms.length; i++) {
				Token token = byPosition.get(first.position() + this.positions[i] - this.positions[0]);
				if (token == null || !token.term().equals(this.terms[i])) {
					return null;
				}
				last = token;
			}
			return last;
		}

	}

}
