package dev.rustvsgo.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustvsgo.web.problem.InvalidParameterException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The query language of {@code /api/search}: words, and phrases in double quotes. Words
 * are ORed and ranked (an item matching more of them, or rarer ones, ranks higher); a
 * phrase matches its words in order. Everything else (+, -, *, :, parentheses) is
 * punctuation, so that any text a reader types is a query; what cannot be one (no word,
 * an unbalanced double quote, an empty phrase) is a 400 problem naming what is allowed.
 * Parsed by Lucene's {@link SimpleQueryParser} with only its phrase operator: a run of
 * words between phrases is analysed as a whole, so that multi-word synonyms ("garbage
 * collector") match across words.
 */
final class QuerySyntax {

	/** Longest query accepted, in characters. */
	static final int MAX_LENGTH = 200;

	/** What a query may be, for the problems and the API description. */
	static final String ALLOWED = "words, and phrases in double quotes (\"borrow checker\"), at most " + MAX_LENGTH
			+ " characters";

	/** The problem's reason for a missing or blank query. */
	static final String REQUIRED = "a query is required. A query is " + ALLOWED;

	/** The problem's reason for a query that is too long. */
	static final String TOO_LONG = "must be at most " + MAX_LENGTH + " characters. A query is " + ALLOWED;

	private QuerySyntax() {
	}

	/**
	 * The query for the given fields and weights, with the words and phrases to mark in
	 * the hits.
	 * @throws InvalidParameterException naming {@code q} when the text is missing, blank,
	 * or has an unbalanced double quote, an empty phrase or no word at all
	 */
	static Parsed parse(String q, Analyzer analyzer, Map<String, Float> weights) {
		check(q);
		Parser parser = new Parser(analyzer, weights);
		parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
		// A synonym of several words ("garbage collection") is a phrase, not any of
		// its words.
		parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		return new Parsed(parser.parse(q), parser.marked);
	}

	/**
	 * A parsed query.
	 *
	 * @param query what the index is searched with
	 * @param words the words and phrases of the query to mark in the hits: those the
	 * reader asked for and their synonyms, not the proximity bonus
	 */
	record Parsed(Query query, QueryWords words) {
	}

	static void check(String q) {
		if (q == null || q.isBlank()) {
			throw new InvalidParameterException("q", (q == null) ? "" : q, REQUIRED, List.of());
		}
		long quotes = q.chars().filter((c) -> c == '"').count();
		if (quotes % 2 != 0) {
			throw invalid(q, "unbalanced double quote: a phrase is written between two double quotes");
		}
		String[] parts = q.split("\"", -1);
		for (int i = 1; i < parts.length; i += 2) {
			if (!hasWord(parts[i])) {
				throw invalid(q, "empty phrase: write at least one word between the double quotes");
			}
		}
		if (!hasWord(q)) {
			throw invalid(q, "no word to search for");
		}
	}

	private static boolean hasWord(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/**
	 * Lucene's simple query parser with only its phrase operator, which ranks an item
	 * higher when the words of a run stand together ("borrow checker" before "borrowing"
	 * alone), and scores a word with synonyms of several words ("GC": "garbage
	 * collection", "garbage collector", ...) as one word: by its best alternative (not
	 * the sum of those that match), and a phrase of n words with a weight of 1/n, since a
	 * phrase's BM25 score is the sum of its words' scores. Without this, an item saying
	 * "garbage collection" outranks one saying "GC pauses" for the query "GC pauses".
	 */
	private static final class Parser extends SimpleQueryParser {

		/** How far apart the words of a run may stand to count as together. */
		static final int PROXIMITY = 2;

		private final QueryWords marked = new QueryWords();

		Parser(Analyzer analyzer, Map<String, Float> weights) {
			super(analyzer, weights, SimpleQueryParser.PHRASE_OPERATOR);
		}

		/**
		 * A run of words: any of them, and the words near each other in their order (at
		 * most {@value #PROXIMITY} positions apart in all) as a bonus.
		 */
		@Override
		protected Query newDefaultQuery(String text) {
			Query words = super.newDefaultQuery(text);
			if (words != null) {
				this.marked.add(words);
			}
			Query together = (words != null) ? super.newPhraseQuery(text, PROXIMITY) : null;
			if (together == null || together.equals(words)) {
				return words;
			}
			return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
				.add(together, BooleanClause.Occur.SHOULD)
				.build();
		}

		/** A phrase in double quotes: its words in order. */
		@Override
		protected Query newPhraseQuery(String text, int slop) {
			Query phrase = super.newPhraseQuery(text, slop);
			if (phrase != null) {
				this.marked.add(phrase);
			}
			return phrase;
		}

		@Override
		protected Query newGraphSynonymQuery(Iterator<Query> queries) {
			Set<Query> alternatives = new LinkedHashSet<>();
			queries.forEachRemaining((query) -> {
				int words = words(query);
				alternatives.add((words > 1) ? new BoostQuery(query, 1f / words) : query);
			});
			return best(alternatives);
		}

		/**
		 * A phrase with synonyms in it is one phrase per way of writing it ("garbage
		 * collection pauses", "GC pauses", ...): scored by the best that matches, each
		 * once (synonyms that stem alike give the same phrase).
		 */
		@Override
		protected Query analyzeGraphPhrase(TokenStream source, String field, int phraseSlop) throws IOException {
			Query phrases = super.analyzeGraphPhrase(source, field, phraseSlop);
			if (phrases instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
					&& bool.clauses().stream().allMatch((clause) -> clause.occur() == BooleanClause.Occur.SHOULD)) {
				Set<Query> alternatives = new LinkedHashSet<>();
				bool.clauses().forEach((clause) -> alternatives.add(clause.query()));
				return best(alternatives);
			}
			return phrases;
		}

		private static Query best(Set<Query> alternatives) {
			return (alternatives.size() == 1) ? alternatives.iterator().next()
					: new DisjunctionMaxQuery(alternatives, 0f);
		}

		private static int words(Query query) {
			int[] words = { 0 };
			query.visit(new QueryVisitor() {

				@Override
				public void consumeTerms(Query leaf, Term... terms) {
					words[0] += terms.length;
				}

			});
			return words[0];
		}

	}

	private static InvalidParameterException invalid(String q, String reason) {
		return new InvalidParameterException("q", q, reason + ". A query is " + ALLOWED, List.of());
	}

}
