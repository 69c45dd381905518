package dev.rustvsgo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustvsgo.data.ArticleFile;
import dev.rustvsgo.data.DataFiles;
import dev.rustvsgo.data.DataSet;
import dev.rustvsgo.data.R__Article_data;
import dev.rustvsgo.data.SharedFile;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The data files, read as the application reads them ({@link #REAL} the real ones, read
 * once): the counts tests expect, so that no test hard-codes how many articles,
 * dimensions, verdicts or claims there are.
 */
public final class TestData {

	/**
	 * The five articles the data started with, by slug: the articles whose content the
	 * tests name. A new article never changes what they say.
	 */
	public static final List<String> FIRST_ARTICLES = List.of("battle-for-the-future-of-backend",
			"go-for-a-job-rust-to-understand-computers", "practical-comparison-2026",
			"rust-vs-go-2025-which-backend-language", "two-roads-one-destination");

	/** The real data, {@code classpath:db/data/}. */
	public static final TestData REAL = new TestData(List.of("classpath:db/data/"));

	private final DataSet data;

	private TestData(List<String> locations) {
		this.data = dataFiles(locations).dataSet();
	}

	/**
	 * The data at these locations, as the application reads them with
	 * {@code rustvsgo.data.locations} set to them.
	 * @param locations the data locations
	 * @return what they hold
	 */
	public static TestData at(List<String> locations) {
		return new TestData(locations);
	}

	/** How many articles (sources) there are. */
	public int sources() {
		return this.data.articles().size();
	}

	/** Every article's slug, by slug (as the API lists the sources). */
	public List<String> sourceSlugs() {
		return this.data.articles().stream().map((article) -> article.source().slug()).sorted().toList();
	}

	/** How many dimensions there are. */
	public int dimensions() {
		return this.data.dimensions().size();
	}

	/** Every dimension's slug, in display order. */
	public List<String> dimensionSlugs() {
		return this.data.dimensions().stream().map(SharedFile.Term::slug).toList();
	}

	/** How many use cases there are. */
	public int useCases() {
		return this.data.useCases().size();
	}

	/** How many organisations (adopters) there are. */
	public int organisations() {
		return this.data.organisations().size();
	}

	/** How many verdicts all the articles give. */
	public int verdicts() {
		return all(ArticleFile::verdicts).size();
	}

	/** How many verdicts the articles give on one dimension (one per article at most). */
	public int verdicts(String dimension) {
		return sourcesWithVerdictOn(dimension).size();
	}

	/** The slugs of the articles that give a verdict on a dimension, by slug. */
	public List<String> sourcesWithVerdictOn(String dimension) {
		return this.data.articles()
			.stream()
			.filter((article) -> article.verdicts()
				.stream()
				.anyMatch((verdict) -> verdict.dimension().equals(dimension)))
			.map((article) -> article.source().slug())
			.sorted()
			.toList();
	}

	/**
	 * How many verdicts on a dimension name each winner (only the winners named), of the
	 * given bases (STATED, IMPLIED; every verdict when none is given).
	 */
	public Map<String, Long> winners(String dimension, String... bases) {
		return all(ArticleFile::verdicts).stream()
			.filter((verdict) -> verdict.dimension().equals(dimension))
			.filter((verdict) -> bases.length == 0 || Arrays.asList(bases).contains(verdict.basis()))
			.collect(Collectors.groupingBy(ArticleFile.Verdict::winner, Collectors.counting()));
	}

	/**
	 * The verdicts naming a winner as {@code dimension=source}, in the API's order:
	 * dimension display order, then source slug.
	 */
	public List<String> verdictsInOrder(String winner) {
		List<String> dimensions = dimensionSlugs();
		return this.data.articles()
			.stream()
			.flatMap((article) -> article.verdicts()
				.stream()
				.filter((verdict) -> verdict.winner().equals(winner))
				.map((verdict) -> new String[] { verdict.dimension(), article.source().slug() }))
			.sorted(Comparator.<String[]>comparingInt((verdict) -> dimensions.indexOf(verdict[0]))
				.thenComparing((verdict) -> verdict[1]))
			.map((verdict) -> verdict[0] + "=" + verdict[1])
			.toList();
	}

	/** How many claims all the articles make. */
	public int claims() {
		return all(ArticleFile::claims).size();
	}

	/** How many figures the claims quote. */
	public int figures() {
		return all(ArticleFile::claims).stream().mapToInt((claim) -> claim.figures().size()).sum();
	}

	/** How many articles recommend a language (RUST, GO or BOTH) for a use case. */
	public int articlesRecommending(String useCase, String language) {
		return (int) this.data.articles()
			.stream()
			.filter((article) -> article.recommendations()
				.stream()
				.anyMatch((recommendation) -> recommendation.useCase().equals(useCase)
						&& recommendation.language().equals(language)))
			.count();
	}

	/**
	 * The use cases some article recommends a language (RUST, GO or BOTH) for, in display
	 * order.
	 */
	public List<String> useCasesRecommending(String language) {
		List<String> recommended = all(ArticleFile::recommendations).stream()
			.filter((recommendation) -> recommendation.language().equals(language))
			.map(ArticleFile.Recommendation::useCase)
			.toList();
		return this.data.useCases().stream().map(SharedFile.Term::slug).filter(recommended::contains).toList();
	}

	/**
	 * How many quotes the data holds: verdicts, their conditions, claims, figures,
	 * recommendations and adoptions each quote the article once.
	 */
	public int quotes() {
		int conditions = all(ArticleFile::verdicts).stream().mapToInt((verdict) -> verdict.conditions().size()).sum();
		return verdicts() + conditions + claims() + figures() + all(ArticleFile::recommendations).size()
				+ all(ArticleFile::adoptions).size();
	}

	private static DataFiles dataFiles(List<String> locations) {
		return new DataFiles(locations, new PathMatchingResourcePatternResolver());
	}

	private <T> List<T> all(Function<ArticleFile, List<T>> items) {
		return this.data.articles().stream().flatMap((article) -> items.apply(article).stream()).toList();
	}

	/**
	 * Loads the data files into a {@code @DataJpaTest}'s database, as the application
	 * does: the slice does not pick up {@link R__Article_data}, so without this its
	 * database holds only the rows the versioned migrations (V2-V10) seed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import(R__Article_data.class)
	public static class Loaded {

		@Bean
		DataFiles dataFiles() {
			return TestData.dataFiles(List.of("classpath:db/data/"));
		}

	}

}
