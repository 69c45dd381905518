package dev.rustvsgo.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis of search on its own: what the index and the queries make of words, and
 * the rules the synonym list keeps.
 */
class SearchAnalysisTests {

	@Test
	void stemsEnglishWordsAndIgnoresCaseAndPossessives() throws IOException {
		Analyzer index = SearchAnalysis.index();
		assertThat(terms(index, "Compiling")).isEqualTo(terms(index, "compile"));
		assertThat(terms(index, "Go's goroutines")).containsExactly("go", "goroutin");
		// English stop words are dropped.
		assertThat(terms(index, "the borrow checker")).containsExactly("borrow", "checker");
	}

	@Test
	void expandsAbbreviationsInQueriesOnly() throws IOException {
		assertThat(terms(SearchAnalysis.query(), "GC")).contains("gc", "garbag", "collect", "collector");
		assertThat(terms(SearchAnalysis.query(), "k8s")).contains("k8", "kubernet");
		assertThat(terms(SearchAnalysis.index(), "GC")).containsExactly("gc");
	}

	/**
	 * The analysis drops stop words after the synonyms, so a stop word inside an entry
	 * would leave a gap no text matches; and each line lists at least two terms.
	 */
	@Test
	void synonymEntriesHoldNoStopWordAndNameTwoTermsOrMore() throws IOException {
		List<String> lines = new ArrayList<>();
		try (InputStream in = new ClassPathResource(SearchAnalysis.SYNONYMS).getInputStream()) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.forEach(lines::add);
		}
		assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
		for (String line : lines) {
			String[] terms = line.split(",");
			assertThat(terms).as(line).hasSizeGreaterThanOrEqualTo(2);
			for (String term : terms) {
				for (String word : term.trim().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
					assertThat(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)).as("%s in '%s'", word, line)
						.isFalse();
				}
			}
		}
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
