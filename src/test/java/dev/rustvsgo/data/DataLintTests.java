package dev.rustvsgo.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rustvsgo.data.ArticleFile.Claim;
import dev.rustvsgo.data.ArticleFile.Figure;
import dev.rustvsgo.data.ArticleFile.Verdict;
import dev.rustvsgo.data.DataLinter.Problem;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lints the data files in {@code db/data} with {@link DataLinter}, without a database or
 * a Spring context; then plants one mistake at a time in a copy of them and checks that
 * the linter names the mistake's file, line and item. The mistakes are planted with text
 * replacements and their ids taken from the data, so the expected line is the one the
 * replacement changed.
 */
class DataLintTests {

	private static final Path REPO = Path.of("").toAbsolutePath();

	private static final Path DATA = REPO.resolve("db/data");

	/** The real data, read by the application's reader, to pick the items to break. */
	private static final DataSet DATA_SET = new DataFiles(List.of(DATA.toUri().toString()),
			new PathMatchingResourcePatternResolver())
		.dataSet();

	/** The real data's problems, found once. */
	private static final List<Problem> PROBLEMS = DataLinter.lint(DATA, REPO);

	/** A copy of the data directory and the archived texts, laid out as in the repo. */
	@TempDir
	private Path copy;

	@Test
	void theDataFilesHaveNoProblems() {
		assertThat(PROBLEMS)
			.withFailMessage(() -> PROBLEMS.size() + " problem(s) in the data files:\n" + lines(PROBLEMS))
			.isEmpty();
	}

	@BeforeEach
	void copyTheData() throws IOException {
		try (Stream<Path> files = Files.walk(DATA)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				copy(file, this.copy.resolve("db/data").resolve(DATA.relativize(file)));
			}
		}
		for (ArticleFile article : DATA_SET.articles()) {
			String archive = article.source().archiveFile();
			copy(REPO.resolve(archive), this.copy.resolve(archive));
		}
	}

	// One test per mistake, in the order of the linter's checks.

	@Test
	void anUnknownField() throws IOException {
		Claim claim = firstArticle().claims().get(0);
		String file = articleFile(firstArticle());
		List<String> anchors = List.of("\nclaims:\n", "- id: " + claim.id() + "\n");
		int column = column(file, anchors, "dimension:");
		int line = edit(file, anchors, "dimension:", "colour: red\n" + " ".repeat(column) + "dimension:");
		assertOnlyProblem(file, line, "claim " + claim.id(), "'colour'");
	}

	@Test
	void aValueOutsideItsEnumeration() throws IOException {
		// A verdict without conditions: a winner other than DEPENDS may have none.
		Verdict verdict = firstArticle().verdicts().stream().filter((v) -> !isDepends(v)).findFirst().orElseThrow();
		String file = articleFile(firstArticle());
		int line = edit(file, List.of("\nverdicts:\n", "- id: " + verdict.id() + "\n"),
				"winner: " + verdict.winner() + "\n", "winner: SOMETIMES\n");
		assertOnlyProblem(file, line, "verdict " + verdict.id(), "winner \"SOMETIMES\"");
	}

	@Test
	void aMissingRequiredField() throws IOException {
		Claim claim = firstArticle().claims().get(0);
		String file = articleFile(firstArticle());
		List<String> anchors = List.of("\nclaims:\n", "- id: " + claim.id() + "\n");
		int line = line(file, anchors);
		removeLine(file, anchors, "kind: " + claim.kind() + "\n");
		assertOnlyProblem(file, line, "claim " + claim.id(), "'kind'");
	}

	@Test
	void aKeyGivenTwice() throws IOException {
		Verdict verdict = firstArticle().verdicts().get(0);
		String file = articleFile(firstArticle());
		List<String> anchors = List.of("\nverdicts:\n", "- id: " + verdict.id() + "\n");
		int column = column(file, anchors, "basis:");
		int line = edit(file, anchors, "basis:", "winner: TIE\n" + " ".repeat(column) + "basis:");
		assertOnlyProblem(file, line, "file", "key winner given twice");
	}

	@Test
	void anArticleFileNotNamedAfterItsSlug() throws IOException {
		ArticleFile article = firstArticle();
		int line = line(articleFile(article), List.of("\nsource:\n", "slug:"));
		Files.move(data(articleFile(article)), data("articles/renamed.yaml"));
		assertOnlyProblem("articles/renamed.yaml", line, "source", article.source().slug() + ".yaml");
	}

	@Test
	void aDataFileTheLoaderDoesNotRead() throws IOException {
		// A misspelt shared file: its entries would silently go missing.
		Files.copy(data("organisations.yaml"), data("organizations.yaml"));
		assertOnlyProblem("organizations.yaml", 1, "file", "not read");
	}

	@Test
	void aQuoteWithATypo() throws IOException {
		ArticleFile.Recommendation recommendation = firstArticle().recommendations().get(0);
		String file = articleFile(firstArticle());
		List<String> anchors = List.of("\nrecommendations:\n", "- id: " + recommendation.id() + "\n", "quote:");
		Matcher word = Pattern.compile("\\p{L}{5,}").matcher(recommendation.quote());
		assertThat(word.find()).as("a word of five letters in " + recommendation.quote()).isTrue();
		String typo = word.group().substring(0, 2) + word.group().substring(3);
		// A quote folded over several lines is reported at its first line, where quote:
		// is.
		int line = line(file, anchors);
		edit(file, anchors, word.group(), typo);
		assertOnlyProblem(file, line, "recommendation " + recommendation.id(), "quote not in");
	}

	@Test
	void aContradictionClaimThatIsInNoArticle() throws IOException {
		SharedFile.Contradiction contradiction = DATA_SET.contradictions().get(0);
		long missing = claims().mapToLong(Claim::id).max().orElseThrow() + 1;
		int line = edit("contradictions.yaml", List.of("- slug: " + contradiction.slug() + "\n", "claims:"),
				String.valueOf(contradiction.claims().get(0)), String.valueOf(missing));
		assertOnlyProblem("contradictions.yaml", line, "contradiction " + contradiction.slug(),
				"claim " + missing + " is in no article");
	}

	@Test
	void anUnknownDimension() throws IOException {
		Claim claim = firstArticle().claims().get(0);
		String file = articleFile(firstArticle());
		int line = edit(file, List.of("\nclaims:\n", "- id: " + claim.id() + "\n"), "dimension: " + claim.dimension(),
				"dimension: no-such-dimension");
		// The dimension may now be unused too: that is the next check's problem.
		assertHasProblem(file, line, "claim " + claim.id(), "unknown dimension no-such-dimension");
	}

	@Test
	void aDuplicatedClaimId() throws IOException {
		ArticleFile first = firstArticle();
		ArticleFile second = DATA_SET.articles().get(1);
		Claim original = first.claims().get(0);
		// A claim no contradiction names (its old id is then missed by nothing), and
		// whose
		// id no figure has (its "- id:" line is then the first after claims:).
		Claim renumbered = second.claims()
			.stream()
			.filter((claim) -> DATA_SET.contradictions().stream().noneMatch((c) -> c.claims().contains(claim.id())))
			.filter((claim) -> figures().noneMatch((figure) -> figure.id() == claim.id()))
			.findFirst()
			.orElseThrow();
		int originalLine = line(articleFile(first), List.of("\nclaims:\n", "- id: " + original.id() + "\n"));
		int line = edit(articleFile(second), List.of("\nclaims:\n"), "- id: " + renumbered.id() + "\n",
				"- id: " + original.id() + "\n");
		List<Problem> problems = lint();
		assertThat(problems).withFailMessage(() -> "expected the duplicate at both places, got:\n" + lines(problems))
			.hasSize(2)
			.anyMatch(problem(articleFile(first), originalLine, "claim " + original.id(), "duplicate id"))
			.anyMatch(problem(articleFile(second), line, "claim " + original.id(), "duplicate id"));
	}

	@Test
	void twoVerdictsOfAnArticleOnOneDimension() throws IOException {
		ArticleFile article = firstArticle();
		Verdict first = article.verdicts().get(0);
		Verdict second = article.verdicts().get(1);
		String file = articleFile(article);
		int line = edit(file, List.of("\nverdicts:\n", "- id: " + second.id() + "\n"),
				"dimension: " + second.dimension() + "\n", "dimension: " + first.dimension() + "\n");
		assertHasProblem(file, line, "verdict " + second.id(), "duplicate verdict of this article on the dimension");
	}

	@Test
	void aDependsVerdictWithoutAConditionForOneSide() throws IOException {
		ArticleFile article = articles().filter((a) -> a.verdicts().stream().anyMatch(DataLintTests::isDepends))
			.findFirst()
			.orElseThrow();
		Verdict verdict = article.verdicts().stream().filter(DataLintTests::isDepends).findFirst().orElseThrow();
		String file = articleFile(article);
		List<String> anchors = List.of("\nverdicts:\n", "- id: " + verdict.id() + "\n", "winner: DEPENDS");
		int line = line(file, anchors);
		removeConditions(file, verdict, "GO");
		assertOnlyProblem(file, line, "verdict " + verdict.id(), "no condition favours GO");
	}

	@Test
	void anOrganisationNothingRefersTo() throws IOException {
		String slug = "nobody-refers-to-this";
		assertThat(DATA_SET.organisations()).noneMatch((organisation) -> organisation.slug().equals(slug));
		String text = Files.readString(data("organisations.yaml"));
		Matcher entry = Pattern.compile("(?m)^( *- )slug:").matcher(text);
		assertThat(entry.find()).isTrue();
		String indent = " ".repeat(entry.group(1).length());
		int line = (int) text.lines().count() + 1;
		Files.writeString(data("organisations.yaml"),
				text + entry.group(1) + "slug: " + slug + "\n" + indent + "name: Nobody\n");
		assertOnlyProblem("organisations.yaml", line, "organisation " + slug, "unused");
	}

	@Test
	void aFigureValueThatItsQuoteDoesNotWrite() throws IOException {
		Figure figure = figure(19);
		assertThat(figure.quote()).contains("~25");
		String file = articleFile(articleOf(figure));
		// A figure is an item of its claim's figures list, indented deeper than the
		// claims.
		int line = edit(file, List.of("\n      - id: 19\n"), "value: 25\n", "value: 52\n");
		assertOnlyProblem(file, line, "figure 19", "value 52 not in quote (its numbers: ~10, ~25)");
	}

	@Test
	void numberWordsThatTheQuoteDoesNotWrite() throws IOException {
		Figure figure = figures().filter((f) -> !f.writtenAs().isEmpty()).findFirst().orElseThrow();
		String field = figure.writtenAs().keySet().iterator().next();
		String file = articleFile(articleOf(figure));
		int line = edit(file, List.of("\n      - id: " + figure.id() + "\n", "writtenAs:"),
				field + ": " + figure.writtenAs().get(field) + "\n", field + ": never written\n");
		assertOnlyProblem(file, line, "figure " + figure.id(),
				"writtenAs." + field + " \"never written\" not in quote");
	}

	@Test
	void aTildeWithoutApproximate() throws IOException {
		Figure figure = figures().filter(Figure::approximate).findFirst().orElseThrow();
		String file = articleFile(articleOf(figure));
		int line = edit(file, List.of("\n      - id: " + figure.id() + "\n"), "approximate: true\n",
				"approximate: false\n");
		assertOnlyProblem(file, line, "figure " + figure.id(), "so approximate must be true");
	}

	@Test
	void approximateWithoutAMarker() throws IOException {
		Pattern markers = Pattern.compile("[~≈]|about|around|approximately|roughly|nearly|almost");
		Figure figure = figures()
			.filter((f) -> !f.approximate() && !markers.matcher(f.quote().toLowerCase(Locale.ROOT)).find())
			.findFirst()
			.orElseThrow();
		String file = articleFile(articleOf(figure));
		int line = edit(file, List.of("\n      - id: " + figure.id() + "\n"), "approximate: false\n",
				"approximate: true\n");
		assertOnlyProblem(file, line, "figure " + figure.id(), "approximate, but no");
	}

	// The data

	private static ArticleFile firstArticle() {
		return DATA_SET.articles().get(0);
	}

	private static Stream<ArticleFile> articles() {
		return DATA_SET.articles().stream();
	}

	private static Stream<Claim> claims() {
		return articles().flatMap((article) -> article.claims().stream());
	}

	private static Stream<Figure> figures() {
		return claims().flatMap((claim) -> claim.figures().stream());
	}

	private static Figure figure(long id) {
		return figures().filter((figure) -> figure.id() == id).findFirst().orElseThrow();
	}

	private static ArticleFile articleOf(Figure figure) {
		return articles()
			.filter((article) -> article.claims().stream().anyMatch((claim) -> claim.figures().contains(figure)))
			.findFirst()
			.orElseThrow();
	}

	private static boolean isDepends(Verdict verdict) {
		return "DEPENDS".equals(verdict.winner());
	}

	private static String articleFile(ArticleFile article) {
		return "articles/" + article.source().slug() + ".yaml";
	}

	// Planting mistakes in the copy

	private Path data(String file) {
		return this.copy.resolve("db/data").resolve(file);
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}

	/**
	 * Where a text is in a copied file: after each anchor in turn, each searched after
	 * the one before.
	 */
	private int find(String text, List<String> anchors, String target) {
		int at = 0;
		for (String anchor : anchors) {
			int found = text.indexOf(anchor, at);
			assertThat(found).as("%s after index %d", anchor, at).isNotNegative();
			at = found + anchor.length();
		}
		int found = text.indexOf(target, at);
		assertThat(found).as("%s after %s", target, anchors).isNotNegative();
		return found;
	}

	/** The line of the last anchor's start. */
	private int line(String file, List<String> anchors) throws IOException {
		String text = Files.readString(data(file));
		String last = anchors.get(anchors.size() - 1);
		int at = find(text, anchors.subList(0, anchors.size() - 1), last);
		// An anchor that starts with its line break is on the next line.
		return lineAt(text, last.startsWith("\n") ? at + 1 : at);
	}

	private int column(String file, List<String> anchors, String target) throws IOException {
		String text = Files.readString(data(file));
		int at = find(text, anchors, target);
		return at - (text.lastIndexOf('\n', at) + 1);
	}

	/**
	 * Replaces a text after the anchors; returns the line where the replacement starts.
	 */
	private int edit(String file, List<String> anchors, String target, String replacement) throws IOException {
		String text = Files.readString(data(file));
		int at = find(text, anchors, target);
		Files.writeString(data(file), text.substring(0, at) + replacement + text.substring(at + target.length()));
		return lineAt(text, at);
	}

	/** Removes the line that has a text after the anchors. */
	private void removeLine(String file, List<String> anchors, String target) throws IOException {
		String text = Files.readString(data(file));
		int at = find(text, anchors, target);
		int start = text.lastIndexOf('\n', at) + 1;
		int end = text.indexOf('\n', at) + 1;
		Files.writeString(data(file), text.substring(0, start) + text.substring(end));
	}

	/**
	 * Removes a verdict's conditions that favour a side: each condition is an item of the
	 * verdict's conditions list, its lines indented deeper than its dash.
	 */
	private void removeConditions(String file, Verdict verdict, String side) throws IOException {
		List<String> lines = Files.readAllLines(data(file));
		int conditions = line(file, List.of("\nverdicts:\n", "- id: " + verdict.id() + "\n", "conditions:"));
		int indent = indent(lines.get(conditions));
		List<String> kept = new ArrayList<>(lines.subList(0, conditions));
		int i = conditions;
		while (i < lines.size() && indent(lines.get(i)) == indent && lines.get(i).trim().startsWith("- ")) {
			int end = i + 1;
			while (end < lines.size() && indent(lines.get(end)) > indent) {
				end++;
			}
			List<String> condition = lines.subList(i, end);
			if (condition.stream().noneMatch((line) -> line.trim().equals("favors: " + side))) {
				kept.addAll(condition);
			}
			i = end;
		}
		kept.addAll(lines.subList(i, lines.size()));
		Files.write(data(file), kept);
	}

	private static int indent(String line) {
		return line.length() - line.stripLeading().length();
	}

	private static int lineAt(String text, int index) {
		return (int) text.substring(0, index).chars().filter((c) -> c == '\n').count() + 1;
	}

	// Linting the copy

	/**
	 * Lints the copy with its planted mistake, which must be the only difference: a test
	 * is skipped while the data has problems of its own (theDataFilesHaveNoProblems names
	 * them).
	 */
	private List<Problem> lint() {
		assumeTrue(PROBLEMS.isEmpty(), "the data files have problems of their own");
		return DataLinter.lint(this.copy.resolve("db/data"), this.copy);
	}

	private void assertOnlyProblem(String file, int line, String item, String message) {
		List<Problem> problems = lint();
		assertThat(problems)
			.withFailMessage(() -> "expected only db/data/%s:%d %s: ...%s..., got:%n%s".formatted(file, line, item,
					message, lines(problems)))
			.singleElement()
			.matches(problem(file, line, item, message));
	}

	private void assertHasProblem(String file, int line, String item, String message) {
		List<Problem> problems = lint();
		assertThat(problems)
			.withFailMessage(() -> "expected db/data/%s:%d %s: ...%s..., got:%n%s".formatted(file, line, item, message,
					lines(problems)))
			.anyMatch(problem(file, line, item, message));
	}

	private static Predicate<Problem> problem(String file, int line, String item, String message) {
		return (problem) -> problem.file().equals("db/data/" + file) && problem.line() == line
				&& problem.item().equals(item) && problem.message().contains(message);
	}

	private static String lines(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

}
