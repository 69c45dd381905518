package dev.rustvsgo.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustvsgo.data.ArticleFile;
import dev.rustvsgo.data.SharedFile;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a large, deterministic, clearly synthetic data set for load tests as data files,
 * a data location to list after the real data's, as in
 * {@code --rustvsgo.data.locations=classpath:db/data/,file:target/synthetic/}.
 * <p>
 * At scale {@code n} the directory gets the four shared files and one article file per
 * synthetic source ({@code articles/synthetic-<k>.yaml}): {@code ceil(n / 2)} sources,
 * {@code 10n} dimensions, a verdict for every source and dimension pair except where
 * {@code dimension % 25 == source % 25} (both numbered from 1; a fifth of them DEPENDS,
 * with conditions for both sides), {@code 1000n} claims (the FIGURE ones, about 15%, each
 * with a figure), {@code 5n} use cases with {@code 200n} recommendations, {@code 10n}
 * organisations with {@code 200n} adoptions, and {@code 2n} curated contradictions
 * between synthetic claims. At scale 100: 50 sources, 1,000 dimensions, 48,000 verdicts,
 * 100,000 claims.
 * <p>
 * Everything is linked only to synthetic sources, dimensions, use cases, organisations
 * and metrics, so the real rows keep their answers; every id in the files (claims,
 * verdicts, figures, recommendations, adoptions) is above {@link #FIRST_ID}, far above
 * the real ones. The sources give no metadata and name an archived text that does not
 * exist, so the service gives their quotes no anchor. The same scale always writes the
 * same bytes (a fixed seed, nothing from the clock or the machine).
 */
public final class SyntheticDataFiles {

	/** Every id in the files is above this; the real ids are in the hundreds. */
	public static final long FIRST_ID = 1_000_000L;

	/** The prefix of every synthetic slug and article file name. */
	public static final String PREFIX = "synthetic-";

	private static final long SEED = 20260101L;

	/** No verdict where dimension and source numbers are equal modulo this. */
	private static final int VERDICT_GAP_MODULUS = 25;

	private static final String[] TOPICS = { "garbage collection pauses", "the borrow checker",
			"goroutines and channels", "async/await on Tokio", "compile times", "memory safety",
			"zero-cost abstractions", "error handling", "the standard library", "static binaries",
			"tail latency under load", "onboarding new developers", "generics and traits", "crates.io packages",
			"Go modules", "cloud-native tooling", "WebAssembly targets", "embedded systems", "microservice throughput",
			"hiring and salaries", "data races", "JSON serialization", "gRPC services", "container image size",
			"command-line tools" };

	private static final String[] CONTEXTS = { "high-traffic web APIs", "latency-sensitive trading systems",
			"small startup teams", "large monorepos", "Kubernetes operators", "game servers", "database engines",
			"serverless functions", "network proxies", "internal developer platforms" };

	private static final String[] COMPANIES = { "Acme Cloud", "Globex Payments", "Initech Logistics", "Hooli Search",
			"Umbrella Networks", "Stark Analytics", "Wayne Streaming", "Example Corp" };

	private static final String[] ADJECTIVES = { "simpler", "safer", "faster", "more predictable", "easier to review",
			"cheaper to run" };

	private static final String[] UNITS = { "%", "ms", "requests/s", "MB" };

	private static final String[] RELATIONS = { "USES", "FUNDS", "CREATED", "HIRES", "MIGRATED_TO", "MIGRATED_FROM" };

	/**
	 * Leaves out what the files may omit (absent figure bounds, empty lists, a missing
	 * purpose), as the real files do, except in the article's metadata and at the top of
	 * an article file, where the schema wants every field, {@code null} included.
	 */
	private static final ObjectMapper MAPPER = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		// One line per value: smaller files, and a diff of two runs shows whole values.
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.withConfigOverride(ArticleFile.class,
				(override) -> override.setInclude(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, null)))
		.withConfigOverride(ArticleFile.Source.class,
				(override) -> override.setInclude(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, null)))
		.build();

	private SyntheticDataFiles() {
	}

	/**
	 * Writes the data files at a scale into a directory: {@code <scale> <directory>}.
	 * @param args the scale (at least 1) and the directory (created when missing)
	 * @throws IOException when a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !args[0].matches("[1-9][0-9]{0,4}")) {
			System.err.println("Usage: SyntheticDataFiles <scale, 1 to 99999> <directory>");
			System.exit(2);
		}
		int scale = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		SyntheticData data = write(scale, directory);
		System.out.println("Wrote synthetic data at scale " + scale + " to " + directory + ": " + data.summary());
	}

	/**
	 * Writes the data files at a scale into a directory, replacing any synthetic files a
	 * previous run left there.
	 * @param scale the size relative to the real data, at least 1
	 * @param directory where to write (created when missing)
	 * @return what was written
	 * @throws IOException when a file cannot be written
	 */
	public static SyntheticData write(int scale, Path directory) throws IOException {
		SyntheticData data = generate(scale);
		Path articles = directory.resolve("articles");
		Files.createDirectories(articles);
		// A run at a smaller scale must not leave the articles of a larger one behind.
		try (DirectoryStream<Path> stale = Files.newDirectoryStream(articles, PREFIX + "*.yaml")) {
			for (Path file : stale) {
				Files.delete(file);
			}
		}
		String header = "# Synthetic load-test data (" + SyntheticDataFiles.class.getName() + ", scale " + scale
				+ "), not a real article.\n";
		writeYaml(directory.resolve("dimensions.yaml"), header, new SharedFile(data.dimensions(), null, null, null));
		writeYaml(directory.resolve("use-cases.yaml"), header, new SharedFile(null, data.useCases(), null, null));
		writeYaml(directory.resolve("organisations.yaml"), header,
				new SharedFile(null, null, data.organisations(), null));
		writeYaml(directory.resolve("contradictions.yaml"), header,
				new SharedFile(null, null, null, data.contradictions()));
		for (ArticleFile article : data.articles()) {
			writeYaml(articles.resolve(article.source().slug() + ".yaml"), header, article);
		}
		return data;
	}

	private static void writeYaml(Path file, String header, Object value) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(header);
			MAPPER.writeValue(writer, value);
		}
	}

	/**
	 * Builds the data set in memory; one random sequence, always consumed in the same
	 * order.
	 */
	static SyntheticData generate(int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("The scale must be at least 1, was " + scale);
		}
		Random random = new Random(SEED);
		int sourceCount = (scale + 1) / 2;
		List<Article> articles = numbered(sourceCount, 3, (number) -> new Article(PREFIX + number, scale));
		List<SharedFile.Term> dimensions = dimensions(10 * scale);
		List<SharedFile.Term> useCases = useCases(5 * scale);
		List<SharedFile.Organisation> organisations = organisations(10 * scale);
		addVerdicts(random, articles, dimensions);
		List<PlacedClaim> claims = addClaims(random, articles, dimensions, 1000 * scale);
		addRecommendations(random, articles, useCases, 200 * scale);
		addAdoptions(random, articles, organisations, 200 * scale);
		List<SharedFile.Contradiction> contradictions = contradictions(claims, dimensions, 2 * scale);
		return new SyntheticData(dimensions, useCases, organisations, contradictions,
				articles.stream().map(Article::toFile).toList());
	}

	private static List<SharedFile.Term> dimensions(int count) {
		return numbered(count, 4, (number) -> {
			int d = Integer.parseInt(number);
			String topic = TOPICS[d % TOPICS.length];
			return new SharedFile.Term(PREFIX + "dimension-" + number, "Synthetic " + number + ": " + topic,
					"Synthetic dimension for load tests: how Rust and Go compare on " + topic + " in "
							+ CONTEXTS[d % CONTEXTS.length] + ".");
		});
	}

	private static List<SharedFile.Term> useCases(int count) {
		return numbered(count, 3, (number) -> {
			int u = Integer.parseInt(number);
			String context = CONTEXTS[u % CONTEXTS.length];
			return new SharedFile.Term(PREFIX + "use-case-" + number, "Synthetic use case " + number + ": " + context,
					"Synthetic use case for load tests: " + context + " built around " + TOPICS[u % TOPICS.length]
							+ ".");
		});
	}

	private static List<SharedFile.Organisation> organisations(int count) {
		return numbered(count, 4, (number) -> new SharedFile.Organisation(PREFIX + "organisation-" + number,
				"Synthetic " + COMPANIES[Integer.parseInt(number) % COMPANIES.length] + " " + number));
	}

	private static void addVerdicts(Random random, List<Article> articles, List<SharedFile.Term> dimensions) {
		long id = FIRST_ID;
		for (int d = 1; d <= dimensions.size(); d++) {
			String topic = TOPICS[d % TOPICS.length];
			for (int s = 1; s <= articles.size(); s++) {
				if (d % VERDICT_GAP_MODULUS == s % VERDICT_GAP_MODULUS) {
					continue;
				}
				String winner = pick(random, new String[] { "RUST", "GO", "TIE", "DEPENDS" }, 35, 35, 10, 20);
				String basis = pick(random, new String[] { "STATED", "IMPLIED" }, 75, 25);
				String rationale = "Synthetic source " + s + " says " + verdictPhrase(winner) + " on " + topic
						+ ", mainly because of " + CONTEXTS[random.nextInt(CONTEXTS.length)] + ".";
				String quote = "When it comes to " + topic + ", " + verdictPhrase(winner) + ", at least for the "
						+ CONTEXTS[random.nextInt(CONTEXTS.length)] + " we looked at.";
				List<ArticleFile.Condition> conditions = winner.equals("DEPENDS") ? conditions(random, topic)
						: List.of();
				articles.get(s - 1).verdicts.add(new ArticleFile.Verdict(++id, dimensions.get(d - 1).slug(), winner,
						basis, rationale, quote, conditions));
			}
		}
	}

	/** One condition for each side, and now and then a third for either. */
	private static List<ArticleFile.Condition> conditions(Random random, String topic) {
		List<ArticleFile.Condition> conditions = new ArrayList<>();
		conditions.add(condition("RUST", topic, CONTEXTS[random.nextInt(CONTEXTS.length)]));
		conditions.add(condition("GO", topic, CONTEXTS[random.nextInt(CONTEXTS.length)]));
		if (random.nextInt(4) == 0) {
			conditions
				.add(condition(random.nextBoolean() ? "RUST" : "GO", topic, CONTEXTS[random.nextInt(CONTEXTS.length)]));
		}
		return conditions;
	}

	private static ArticleFile.Condition condition(String favors, String topic, String context) {
		return new ArticleFile.Condition("the priority is " + topic + " in " + context, favors,
				"For " + context + ", pick " + language(favors) + " if " + topic + " decides it.");
	}

	private static List<PlacedClaim> addClaims(Random random, List<Article> articles, List<SharedFile.Term> dimensions,
			int count) {
		List<PlacedClaim> claims = new ArrayList<>(count);
		for (int c = 1; c <= count; c++) {
			Article article = articles.get(random.nextInt(articles.size()));
			int d = (c - 1) % dimensions.size();
			String favors = pick(random, new String[] { "RUST", "GO", "NEITHER" }, 42, 42, 16);
			String kind = pick(random, new String[] { "ARGUMENT", "ADOPTION", "FIGURE" }, 70, 15, 15);
			// The topic of the dimension (numbered from 1), as in its name.
			String topic = TOPICS[(d + 1) % TOPICS.length];
			String context = CONTEXTS[random.nextInt(CONTEXTS.length)];
			String quote = "\"On " + topic + ", " + quotePhrase(random, favors)
					+ ",\" the synthetic author writes about " + context + ".";
			List<ArticleFile.Figure> figures = List.of();
			String statement;
			if (kind.equals("FIGURE")) {
				// The figure is the number the claim states.
				ArticleFile.Figure figure = figure(random, FIRST_ID + c, dimensions.get(d).slug(), favors, topic,
						context, quote);
				figures = List.of(figure);
				statement = figure.statement();
			}
			else {
				statement = statement(random, favors, kind, topic, context);
			}
			ArticleFile.Claim claim = new ArticleFile.Claim(FIRST_ID + c, dimensions.get(d).slug(), favors, kind,
					"Synthetic claim " + c + ": " + statement, quote, figures);
			article.claims.add(claim);
			claims.add(new PlacedClaim(claim, article.source.slug()));
		}
		return claims;
	}

	/**
	 * A figure of the claim's dimension (one metric per synthetic dimension, so that the
	 * figure contradictions derived from them stay on synthetic dimensions), as a value,
	 * a range, or an open bound.
	 */
	private static ArticleFile.Figure figure(Random random, long id, String dimension, String favors, String topic,
			String context, String quote) {
		String subject = favors.equals("NEITHER") ? "BOTH" : favors;
		String unit = UNITS[random.nextInt(UNITS.length)];
		BigDecimal first = BigDecimal.valueOf(1 + random.nextInt(9_999), 1);
		BigDecimal second = first.add(BigDecimal.valueOf(1 + random.nextInt(500)));
		String shape = pick(random, new String[] { "value", "range", "lower", "upper" }, 60, 20, 15, 5);
		BigDecimal value = shape.equals("value") ? first : null;
		BigDecimal lower = (shape.equals("range") || shape.equals("lower")) ? first : null;
		BigDecimal upper = switch (shape) {
			case "range" -> second;
			case "upper" -> first;
			default -> null;
		};
		boolean approximate = random.nextInt(5) == 0;
		String amount = switch (shape) {
			case "value" -> first.toPlainString();
			case "range" -> first.toPlainString() + "-" + second.toPlainString();
			case "lower" -> first.toPlainString() + "+";
			default -> "up to " + first.toPlainString();
		};
		String metric = dimension.replace(PREFIX + "dimension-", PREFIX + "metric-");
		String statement = subjectPhrase(subject) + " measured at " + (approximate ? "about " : "") + amount + " "
				+ unit + " on " + topic + " in a synthetic benchmark of " + context + ".";
		return new ArticleFile.Figure(id, metric, subject, value, lower, upper, unit, approximate, null, statement,
				quote);
	}

	private static void addRecommendations(Random random, List<Article> articles, List<SharedFile.Term> useCases,
			int count) {
		for (int r = 1; r <= count; r++) {
			Article article = articles.get(random.nextInt(articles.size()));
			SharedFile.Term useCase = useCases.get((r - 1) % useCases.size());
			String language = pick(random, new String[] { "RUST", "GO", "BOTH" }, 40, 40, 20);
			String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
			String name = language.equals("BOTH") ? "Rust or Go" : language(language);
			article.recommendations.add(new ArticleFile.Recommendation(FIRST_ID + r, useCase.slug(), language,
					"Synthetic recommendation " + r + ": " + name + " for " + useCase.name() + ".",
					"For this kind of work " + name + " is " + adjective + ", in our synthetic experience."));
		}
	}

	private static void addAdoptions(Random random, List<Article> articles, List<SharedFile.Organisation> organisations,
			int count) {
		for (int a = 1; a <= count; a++) {
			Article article = articles.get(random.nextInt(articles.size()));
			SharedFile.Organisation organisation = organisations.get((a - 1) % organisations.size());
			String language = random.nextBoolean() ? "RUST" : "GO";
			String relation = pick(random, RELATIONS, 60, 5, 5, 10, 10, 10);
			String context = CONTEXTS[random.nextInt(CONTEXTS.length)];
			// Some statements name no purpose, as some of the articles' do.
			String purpose = random.nextInt(3) == 0 ? null : context;
			article.adoptions
				.add(new ArticleFile.Adoption(FIRST_ID + a, organisation.slug(), language, relation, purpose,
						"Synthetic adoption " + a + ": " + organisation.name() + " " + relationPhrase(relation) + " "
								+ language(language) + ((purpose != null) ? " for " + purpose : "") + ".",
						organisation.name() + " " + relationPhrase(relation) + " " + language(language)
								+ ", the synthetic author says."));
		}
	}

	/**
	 * Claims of one synthetic dimension that favour different languages: a RUST and a GO
	 * claim of every fifth dimension, and for every third contradiction a NEITHER claim
	 * too, each the first of its side from an article no other side comes from (the first
	 * of its side at all when there is none: at scales 1 and 2 there is one synthetic
	 * article). A dimension without both sides is passed over, so the count may come out
	 * lower than asked (it never has at the scales used).
	 */
	private static List<SharedFile.Contradiction> contradictions(List<PlacedClaim> claims,
			List<SharedFile.Term> dimensions, int count) {
		List<SharedFile.Contradiction> contradictions = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			int d = (k - 1) * dimensions.size() / count;
			// Claim c (numbered from 1) is about dimension (c - 1) % dimensions.
			List<PlacedClaim> ofDimension = new ArrayList<>();
			for (int c = d; c < claims.size(); c += dimensions.size()) {
				ofDimension.add(claims.get(c));
			}
			List<PlacedClaim> sides = new ArrayList<>();
			for (String favors : (k % 3 == 0) ? List.of("RUST", "GO", "NEITHER") : List.of("RUST", "GO")) {
				List<PlacedClaim> candidates = ofDimension.stream()
					.filter((placed) -> placed.claim().favors().equals(favors))
					.toList();
				candidates.stream()
					.filter((placed) -> sides.stream().noneMatch((side) -> side.source().equals(placed.source())))
					.findFirst()
					.or(() -> candidates.stream().findFirst())
					.ifPresent(sides::add);
			}
			if (sides.size() < 2) {
				continue;
			}
			List<Long> ids = sides.stream().map((side) -> side.claim().id()).toList();
			String number = String.format(Locale.ROOT, "%03d", k);
			String topic = TOPICS[(d + 1) % TOPICS.length];
			contradictions.add(new SharedFile.Contradiction(PREFIX + "contradiction-" + number,
					dimensions.get(d).slug(), "Synthetic " + number + ": is Rust or Go ahead on " + topic + "?",
					"Synthetic contradiction for load tests: claims " + ids
							+ " of synthetic articles take different sides on " + topic + ".",
					ids));
		}
		return contradictions;
	}

	private static String statement(Random random, String favors, String kind, String topic, String context) {
		String language = language(favors);
		if (kind.equals("ADOPTION")) {
			return COMPANIES[random.nextInt(COMPANIES.length)] + " is said to run " + context + " on " + language
					+ ", naming " + topic + " as the main reason for the choice.";
		}
		return language + " is said to make " + topic + " " + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
				+ " than the alternative, which matters most for " + context + ".";
	}

	private static String quotePhrase(Random random, String favors) {
		if (favors.equals("NEITHER")) {
			return "there is no clear winner and the trade-offs depend on the team";
		}
		return language(favors) + " comes out " + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
				+ " in every production system we measured";
	}

	private static String subjectPhrase(String subject) {
		return switch (subject) {
			case "RUST" -> "Rust is";
			case "GO" -> "Go is";
			default -> "Rust and Go are both";
		};
	}

	private static String language(String side) {
		return switch (side) {
			case "RUST" -> "Rust";
			case "GO" -> "Go";
			default -> "neither Rust nor Go";
		};
	}

	private static String verdictPhrase(String winner) {
		return switch (winner) {
			case "RUST" -> "Rust is ahead";
			case "GO" -> "Go is ahead";
			case "TIE" -> "Rust and Go are level";
			default -> "the better choice depends on the project";
		};
	}

	private static String relationPhrase(String relation) {
		return switch (relation) {
			case "USES" -> "uses";
			case "FUNDS" -> "funds";
			case "CREATED" -> "created a project in";
			case "HIRES" -> "hires developers for";
			case "MIGRATED_TO" -> "moved a service to";
			default -> "moved a service away from";
		};
	}

	private static String pick(Random random, String[] values, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		throw new IllegalStateException("Weights do not cover the roll");
	}

	/**
	 * {@code count} items made from their numbers, zero-padded to the width of the
	 * largest (at least {@code minWidth}), so that slugs and file names sort as numbers
	 * do.
	 */
	private static <T> List<T> numbered(int count, int minWidth, Function<String, T> factory) {
		int width = Math.max(minWidth, String.valueOf(count).length());
		List<T> items = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			items.add(factory.apply(String.format(Locale.ROOT, "%0" + width + "d", i)));
		}
		return items;
	}

	/**
	 * The generated data, as the files hold it.
	 *
	 * @param dimensions the synthetic dimensions
	 * @param useCases the synthetic use cases
	 * @param organisations the synthetic organisations
	 * @param contradictions the curated contradictions between synthetic claims
	 * @param articles one per synthetic source, in file name order
	 */
	public record SyntheticData(List<SharedFile.Term> dimensions, List<SharedFile.Term> useCases,
			List<SharedFile.Organisation> organisations, List<SharedFile.Contradiction> contradictions,
			List<ArticleFile> articles) {

		/** The number of items of each kind, in a line. */
		String summary() {
			return this.articles.size() + " sources, " + this.dimensions.size() + " dimensions, "
					+ sum(ArticleFile::verdicts) + " verdicts ("
					+ this.articles.stream()
						.flatMap((article) -> article.verdicts().stream())
						.mapToInt((verdict) -> verdict.conditions().size())
						.sum()
					+ " conditions), " + sum(ArticleFile::claims) + " claims ("
					+ this.articles.stream()
						.flatMap((article) -> article.claims().stream())
						.mapToInt((claim) -> claim.figures().size())
						.sum()
					+ " figures), " + this.useCases.size() + " use cases, " + sum(ArticleFile::recommendations)
					+ " recommendations, " + this.organisations.size() + " organisations, "
					+ sum(ArticleFile::adoptions) + " adoptions, " + this.contradictions.size() + " contradictions";
		}

		private int sum(Function<ArticleFile, List<?>> items) {
			return this.articles.stream().mapToInt((article) -> items.apply(article).size()).sum();
		}

	}

	/** A claim and the slug of the article it is in. */
	private record PlacedClaim(ArticleFile.Claim claim, String source) {
	}

	/** One synthetic article while it is being generated. */
	private static final class Article {

		private final ArticleFile.Source source;

		private final List<ArticleFile.Verdict> verdicts = new ArrayList<>();

		private final List<ArticleFile.Claim> claims = new ArrayList<>();

		private final List<ArticleFile.Recommendation> recommendations = new ArrayList<>();

		private final List<ArticleFile.Adoption> adoptions = new ArrayList<>();

		Article(String slug, int scale) {
			// No metadata, and an archived text that does not exist: the service has no
			// text to anchor the quotes in (/api/sources/{slug}/text answers 404).
			this.source = new ArticleFile.Source(slug, null, null, null, null, "synthetic/" + slug + ".txt",
					"none (generated)",
					"Synthetic source for load tests, generated by " + SyntheticDataFiles.class.getName() + " (scale "
							+ scale + "). Not a real article: no title, author, publisher or date, and no archived "
							+ "text (archiveFile names a file that does not exist).");
		}

		ArticleFile toFile() {
			return new ArticleFile(this.source, this.verdicts, this.claims, this.recommendations, this.adoptions);
		}

	}

}
