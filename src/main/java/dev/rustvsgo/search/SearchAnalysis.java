package dev.rustvsgo.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The English analysis of search: Unicode word boundaries (UAX #29), possessives dropped
 * ("Go's" is "go"), lower case, English stop words dropped and the Porter stemmer
 * ("compiling" and "compile" are both "compil"). Queries also expand the synonyms of
 * {@value #SYNONYMS} (the field's abbreviations: "GC" also finds "garbage collection")
 * before stop words and stemming, so that a synonym is stemmed as the indexed text is.
 */
final class SearchAnalysis {

	/** The synonym list, a classpath resource in Solr's format. */
	static final String SYNONYMS = "search/synonyms.txt";

	private SearchAnalysis() {
	}

	/** The analysis of the indexed text. */
	static Analyzer index() {
		return build(false);
	}

	/** The analysis of queries: the same, plus the synonyms. */
	static Analyzer query() {
		return build(true);
	}

	private static Analyzer build(boolean synonyms) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer
				.builder(new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()))
				.withTokenizer(StandardTokenizerFactory.NAME)
				.addTokenFilter(EnglishPossessiveFilterFactory.NAME)
				.addTokenFilter(LowerCaseFilterFactory.NAME);
			if (synonyms) {
				// The entries are split into words as the text is (hyphens split words).
				builder.addTokenFilter(SynonymGraphFilterFactory.NAME, "synonyms", SYNONYMS, "format", "solr",
						"ignoreCase", "true", "expand", "true", "tokenizerFactory",
						StandardTokenizerFactory.class.getName());
			}
			// No words file: Lucene's English stop words.
			return builder.addTokenFilter(StopFilterFactory.NAME).addTokenFilter(PorterStemFilterFactory.NAME).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SYNONYMS, ex);
		}
	}

}
