package dev.rustvsgo.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Lints the data files of a data directory ({@code db/data}) without a database: each
 * problem names its file, line and item, like a compiler error.
 *
 * <p>
 * The checks: the JSON Schemas; each article file named after its slug; every quote in
 * the article's archived text; references to dimensions, use cases, organisations and
 * claims; duplicate ids and slugs, and two verdicts of one article on one dimension; the
 * conditions of DEPENDS verdicts; vocabulary nothing uses; and each figure's numbers as
 * its quote writes them. Every check reads the location-aware YAML tree, so that every
 * problem has a line.
 */
final class DataLinter {

	/**
	 * Runs of Unicode whitespace (no-break spaces included): the only thing a quote may
	 * write differently from the archived text, as in the application's Anchors.
	 */
	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

	/**
	 * A number written in digits: optionally with thousands separated by commas
	 * ("140,000+") and a decimal part ("1.18", "1.5×"); a unit may follow at once ("2KB",
	 * "10x"). No sign is read, so "2-4 weeks" is the two numbers of a range. A multiplier
	 * ("1.8M") is not applied: a figure gives the number as the article writes it.
	 */
	private static final Pattern NUMERAL = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

	/**
	 * What marks a number as approximate when it stands right before it: a tilde or "≈"
	 * ("~2KB"), or one of these words ("about 10", "around a week"). "over", "more than"
	 * and a trailing "+" are not among them: they mark an open bound, which a figure
	 * gives as its {@code lower}, not as approximate.
	 */
	private static final Pattern APPROXIMATION_MARKER = Pattern.compile(
			"(?:[~≈]\\s*|(?<!\\p{L})(?:about|around|approximately|roughly|nearly|almost)\\s+)$",
			Pattern.CASE_INSENSITIVE);

	private static final String MARKERS = "~, ≈, about, around, approximately, roughly, nearly or almost";

	/** The numbers a figure may give. */
	private static final List<String> FIGURE_FIELDS = List.of("value", "lower", "upper");

	/**
	 * Reads YAML into a tree whose nodes know their line. A key given twice fails the
	 * read: the loader would silently keep the last one.
	 */
	private static final NodeReader READER = NodeReader.builder()
		.locationAware()
		.yamlMapper(YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build())
		.build();

	/** How Jackson words a key given twice in one mapping. */
	private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate property \"([^\"]*)\"");

	private final Path dataDir;

	private final Path repoRoot;

	private final List<Problem> problems = new ArrayList<>();

	private final List<DataFile> articles = new ArrayList<>();

	private final List<DataFile> sharedFiles = new ArrayList<>();

	private final Map<Kind, List<Item>> items = new EnumMap<>(Kind.class);

	/**
	 * Whether a file did not parse: its items are missing, so what refers to them or what
	 * they use is not checked.
	 */
	private boolean unreadable;

	private DataLinter(Path dataDir, Path repoRoot) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.repoRoot = repoRoot.toAbsolutePath().normalize();
		for (Kind kind : Kind.values()) {
			this.items.put(kind, new ArrayList<>());
		}
	}

	/**
	 * Lints the data files under a data directory.
	 * @param dataDir the data directory: the shared files at its top, the articles in
	 * {@code articles/}, the JSON Schemas in {@code schema/}
	 * @param repoRoot the directory the articles' {@code archiveFile} paths are relative
	 * to; files are named relative to it in the problems
	 * @return the problems, by file and line; empty when the data is right
	 */
	static List<Problem> lint(Path dataDir, Path repoRoot) {
		DataLinter linter = new DataLinter(dataDir, repoRoot);
		linter.run();
		return linter.problems.stream()
			.sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
			.toList();
	}

	private void run() {
		readFiles();
		checkSchemas();
		checkFileNames();
		checkQuotes();
		if (!this.unreadable) {
			checkReferences();
		}
		checkDuplicates();
		checkConditions();
		if (!this.unreadable) {
			checkUnusedVocabulary();
		}
		checkFigures();
	}

	// Reading

	private void readFiles() {
		for (String name : DataFiles.SHARED_FILES) {
			Path path = this.dataDir.resolve(name);
			if (Files.exists(path)) {
				read(path, this.sharedFiles);
			}
		}
		for (Path path : list(this.dataDir.resolve("articles"))) {
			if (path.getFileName().toString().endsWith(".yaml")) {
				read(path, this.articles);
			}
		}
		for (DataFile file : this.sharedFiles) {
			collectItems(file, file.root(), null, null);
		}
		for (DataFile file : this.articles) {
			collectItems(file, file.root(), null, null);
		}
	}

	private static boolean isYaml(String name) {
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	private static List<Path> list(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(Path path, List<DataFile> into) {
		try (InputStream in = Files.newInputStream(path)) {
			JsonNode root = READER.readTree(in, InputFormat.YAML);
			if (root == null || !root.isObject()) {
				problem(path, 1, "file", "holds no YAML mapping");
				return;
			}
			into.add(new DataFile(path, display(path), root));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JacksonException ex) {
			this.unreadable = true;
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
			Matcher duplicate = DUPLICATE_KEY.matcher(ex.getOriginalMessage());
			problem(path, line, "file",
					duplicate.lookingAt()
							? "key " + duplicate.group(1) + " given twice (the loader would keep the last silently)"
							: "does not parse: " + ex.getOriginalMessage());
		}
	}

	/**
	 * Finds the items (verdicts, their conditions, claims, their figures, ...) under a
	 * node, each named as the problems name it.
	 */
	private void collectItems(DataFile file, JsonNode node, Kind parentKind, Item parent) {
		for (Kind kind : Kind.values()) {
			if (kind.parent != parentKind) {
				continue;
			}
			JsonNode list = node.path(kind.list);
			for (int i = 0; i < list.size(); i++) {
				JsonNode element = list.path(i);
				Item item = new Item(file, element, kind.nameOf(element, i, parent));
				this.items.get(kind).add(item);
				collectItems(file, element, kind, item);
			}
		}
	}

	// 1. Schemas

	private void checkSchemas() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		Schema article = schema(registry, "schema/article.schema.json");
		Schema shared = schema(registry, "schema/shared.schema.json");
		this.articles.forEach((file) -> validate(article, file));
		this.sharedFiles.forEach((file) -> validate(shared, file));
	}

	private Schema schema(SchemaRegistry registry, String name) {
		try (InputStream in = Files.newInputStream(this.dataDir.resolve(name))) {
			return registry.getSchema(in, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void validate(Schema schema, DataFile file) {
		List<Error> errors = schema.validate(file.root());
		for (Error error : errors) {
			if (isAlternativeOf(error, errors)) {
				continue;
			}
			NodePath at = error.getInstanceLocation();
			JsonNode node = JsonNodes.get(file.root(), at);
			// An unknown field is on its own line; a missing one is not, so its object's.
			if (node != null && error.getProperty() != null && node.has(error.getProperty())) {
				node = node.get(error.getProperty());
			}
			Location location = locate(file, at);
			String field = location.field();
			if (!field.isEmpty() && node != null && node.isValueNode()) {
				field += " " + node;
			}
			String message = (field.isEmpty() ? "" : field + ": ") + error.getMessage();
			List<String> reasons = alternativesOf(error, errors);
			problem(file, line(node), location.item(),
					reasons.isEmpty() ? message : message + " (" + String.join("; ", reasons) + ")");
		}
	}

	/**
	 * Whether an error only says why one alternative of a {@code oneOf} or {@code anyOf}
	 * fails: it is told with that keyword's error, not on its own.
	 */
	private static boolean isAlternativeOf(Error error, List<Error> errors) {
		return errors.stream().anyMatch((other) -> other != error && isAlternative(error, other));
	}

	private static List<String> alternativesOf(Error error, List<Error> errors) {
		return errors.stream()
			.filter((other) -> other != error && isAlternative(other, error))
			.map(Error::getMessage)
			.toList();
	}

	private static boolean isAlternative(Error error, Error combinator) {
		String keyword = combinator.getKeyword();
		return ("oneOf".equals(keyword) || "anyOf".equals(keyword))
				&& error.getInstanceLocation().equals(combinator.getInstanceLocation())
				&& error.getEvaluationPath().startsWith(combinator.getEvaluationPath())
				&& !error.getEvaluationPath().equals(combinator.getEvaluationPath());
	}

	/**
	 * The innermost item a schema error's instance location is in, and the field in it
	 * ({@code writtenAs.upper}, {@code claims[1]}).
	 */
	private static Location locate(DataFile file, NodePath at) {
		String item = (at.getNameCount() > 0 && "source".equals(at.getName(0))) ? "source" : "file";
		int fieldStart = (item.equals("source")) ? 1 : 0;
		JsonNode node = file.root();
		Kind parentKind = null;
		Item parent = null;
		for (int i = 0; i + 1 < at.getNameCount(); i++) {
			Kind kind = (at.getElement(i) instanceof String list) ? Kind.of(parentKind, list) : null;
			if (kind == null || !(at.getElement(i + 1) instanceof Integer index)) {
				break;
			}
			node = node.path(kind.list).path(index);
			parent = new Item(file, node, kind.nameOf(node, index, parent));
			item = parent.name();
			parentKind = kind;
			fieldStart = i + 2;
			i++;
		}
		StringBuilder field = new StringBuilder();
		for (int i = fieldStart; i < at.getNameCount(); i++) {
			Object element = at.getElement(i);
			if (element instanceof Integer index) {
				field.append('[').append(index).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(element);
			}
		}
		return new Location(item, field.toString());
	}

	// 2. File names

	private void checkFileNames() {
		// A YAML file the loader does not read is data that silently goes missing.
		for (Path path : list(this.dataDir)) {
			String name = path.getFileName().toString();
			if (isYaml(name) && !DataFiles.SHARED_FILES.contains(name)) {
				problem(path, 1, "file", "not read: the loader reads " + String.join(", ", DataFiles.SHARED_FILES)
						+ " and articles/*.yaml only");
			}
		}
		for (Path path : list(this.dataDir.resolve("articles"))) {
			if (isYaml(path.getFileName().toString()) && !path.getFileName().toString().endsWith(".yaml")) {
				problem(path, 1, "file", "not read: the loader reads articles/*.yaml only");
			}
		}
		for (DataFile file : this.articles) {
			JsonNode slug = file.root().path("source").path("slug");
			String expected = slug.isString() ? slug.asString() + ".yaml" : null;
			if (expected != null && !file.path().getFileName().toString().equals(expected)) {
				problem(file, line(slug), "source", "the file is named " + file.path().getFileName() + ", its slug "
						+ slug.asString() + " wants " + expected);
			}
		}
	}

	// 3. Quotes

	private void checkQuotes() {
		for (DataFile file : this.articles) {
			JsonNode archiveFile = file.root().path("source").path("archiveFile");
			if (!archiveFile.isString()) {
				continue;
			}
			Path archive = this.repoRoot.resolve(archiveFile.asString()).normalize();
			if (!Files.isRegularFile(archive)) {
				problem(file, line(archiveFile), "source", "archiveFile " + archiveFile.asString() + " does not exist");
				continue;
			}
			String text = readString(archive);
			String normalisedText = normalise(text);
			for (Kind kind : Kind.values()) {
				if (!kind.quoted) {
					continue;
				}
				for (Item item : itemsIn(kind, file)) {
					JsonNode quote = item.node().path("quote");
					if (quote.isString() && !isIn(quote.asString(), text, normalisedText)) {
						problem(item, quote,
								"quote not in " + archiveFile.asString() + "; the text has it only up to \""
										+ agreeingPrefix(normalise(quote.asString()), normalisedText) + "\"");
					}
				}
			}
		}
	}

	/** As Anchors finds a quote: verbatim, or with its whitespace normalised. */
	private static boolean isIn(String quote, String text, String normalisedText) {
		String normalised = normalise(quote);
		return !normalised.isEmpty() && (text.contains(quote) || normalisedText.contains(normalised));
	}

	private static String readString(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String normalise(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	/**
	 * The end of the longest start of a quote that the text has, to show where the quote
	 * parts from it.
	 */
	private static String agreeingPrefix(String quote, String text) {
		int found = 0;
		int missing = quote.length();
		while (missing - found > 1) {
			int middle = (found + missing) >>> 1;
			if (text.contains(quote.substring(0, middle))) {
				found = middle;
			}
			else {
				missing = middle;
			}
		}
		return (found > 40) ? "…" + quote.substring(found - 40, found) : quote.substring(0, found);
	}

	// 4. References

	private void checkReferences() {
		Set<String> dimensions = keys(Kind.DIMENSION);
		Set<String> useCases = keys(Kind.USE_CASE);
		Set<String> organisations = keys(Kind.ORGANISATION);
		Set<String> claims = keys(Kind.CLAIM);
		for (Kind kind : List.of(Kind.VERDICT, Kind.CLAIM, Kind.CONTRADICTION)) {
			this.items.get(kind).forEach((item) -> checkReference(item, "dimension", dimensions, "dimension"));
		}
		this.items.get(Kind.RECOMMENDATION).forEach((item) -> checkReference(item, "useCase", useCases, "use case"));
		this.items.get(Kind.ADOPTION)
			.forEach((item) -> checkReference(item, "organisation", organisations, "organisation"));
		for (Item contradiction : this.items.get(Kind.CONTRADICTION)) {
			for (JsonNode claim : contradiction.node().path("claims")) {
				if (claim.isIntegralNumber() && !claims.contains(claim.asString())) {
					problem(contradiction, claim, "claim " + claim.asString() + " is in no article");
				}
			}
		}
	}

	private void checkReference(Item item, String field, Set<String> known, String what) {
		JsonNode slug = item.node().path(field);
		if (slug.isString() && !known.contains(slug.asString())) {
			problem(item, slug, "unknown " + what + " " + slug.asString());
		}
	}

	/** The ids or slugs of the items of a kind. */
	private Set<String> keys(Kind kind) {
		Set<String> keys = new HashSet<>();
		for (Item item : this.items.get(kind)) {
			JsonNode key = item.node().path(kind.key);
			if (key.isValueNode()) {
				keys.add(key.asString());
			}
		}
		return keys;
	}

	// 5. Duplicates

	private void checkDuplicates() {
		for (Kind kind : Kind.values()) {
			if (kind.key == null) {
				continue;
			}
			Map<String, List<Located>> byKey = new LinkedHashMap<>();
			for (Item item : this.items.get(kind)) {
				JsonNode key = item.node().path(kind.key);
				if (key.isValueNode()) {
					byKey.computeIfAbsent(key.asString(), (k) -> new ArrayList<>())
						.add(new Located(item.file(), key, item.name()));
				}
			}
			reportDuplicates(byKey, kind.key);
		}
		Map<String, List<Located>> sources = new LinkedHashMap<>();
		for (DataFile file : this.articles) {
			JsonNode slug = file.root().path("source").path("slug");
			if (slug.isString()) {
				sources.computeIfAbsent(slug.asString(), (k) -> new ArrayList<>())
					.add(new Located(file, slug, "source"));
			}
		}
		reportDuplicates(sources, "source slug");
		for (DataFile file : this.articles) {
			Map<String, List<Located>> verdicts = new LinkedHashMap<>();
			for (Item verdict : itemsIn(Kind.VERDICT, file)) {
				JsonNode dimension = verdict.node().path("dimension");
				if (dimension.isString()) {
					verdicts.computeIfAbsent(dimension.asString(), (k) -> new ArrayList<>())
						.add(new Located(file, dimension, verdict.name()));
				}
			}
			reportDuplicates(verdicts, "verdict of this article on the dimension");
		}
	}

	/** Names each occurrence of a key given more than once, with the others. */
	private void reportDuplicates(Map<String, List<Located>> byKey, String what) {
		for (Map.Entry<String, List<Located>> entry : byKey.entrySet()) {
			List<Located> all = entry.getValue();
			if (all.size() < 2) {
				continue;
			}
			for (Located one : all) {
				List<String> others = all.stream()
					.filter((other) -> other != one)
					.map((other) -> other.item() + " at " + other.file().display() + ":" + line(other.node()))
					.toList();
				problem(one.file(), line(one.node()), one.item(),
						"duplicate " + what + " " + entry.getKey() + ", also " + String.join(", ", others));
			}
		}
	}

	// 6. Conditions

	private void checkConditions() {
		for (Item verdict : this.items.get(Kind.VERDICT)) {
			JsonNode winner = verdict.node().path("winner");
			JsonNode conditions = verdict.node().path("conditions");
			if ("DEPENDS".equals(winner.asString(""))) {
				Set<String> sides = new HashSet<>();
				conditions.forEach((condition) -> sides.add(condition.path("favors").asString("")));
				for (String side : List.of("RUST", "GO")) {
					if (!sides.contains(side)) {
						problem(verdict, winner, "DEPENDS, but no condition favours " + side
								+ " (a DEPENDS verdict needs at least one for each side)");
					}
				}
			}
			else if (!conditions.isEmpty()) {
				problem(verdict, conditions,
						"conditions on a " + winner.asString("") + " verdict; only a DEPENDS verdict has conditions");
			}
		}
	}

	// 7. Unused vocabulary

	private void checkUnusedVocabulary() {
		checkUsed(Kind.DIMENSION, used("dimension", Kind.VERDICT, Kind.CLAIM, Kind.CONTRADICTION),
				"no verdict, claim or contradiction");
		checkUsed(Kind.USE_CASE, used("useCase", Kind.RECOMMENDATION), "no recommendation");
		checkUsed(Kind.ORGANISATION, used("organisation", Kind.ADOPTION), "no adoption");
	}

	private Set<String> used(String field, Kind... kinds) {
		Set<String> used = new HashSet<>();
		for (Kind kind : kinds) {
			this.items.get(kind).forEach((item) -> used.add(item.node().path(field).asString("")));
		}
		return used;
	}

	private void checkUsed(Kind kind, Set<String> used, String users) {
		for (Item item : this.items.get(kind)) {
			JsonNode slug = item.node().path("slug");
			if (slug.isString() && !used.contains(slug.asString())) {
				problem(item, slug, "unused: " + users + " refers to it");
			}
		}
	}

	// 8. Figures

	private void checkFigures() {
		for (Item figure : this.items.get(Kind.FIGURE)) {
			JsonNode quoteNode = figure.node().path("quote");
			if (!quoteNode.isString()) {
				continue;
			}
			String quote = normalise(quoteNode.asString());
			JsonNode writtenAs = figure.node().path("writtenAs");
			for (Map.Entry<String, JsonNode> words : writtenAs.properties()) {
				if (!figure.node().path(words.getKey()).isNumber()) {
					problem(figure, words.getValue(),
							"writtenAs." + words.getKey() + " given, but no " + words.getKey() + " to write");
				}
			}
			Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
			for (String field : FIGURE_FIELDS) {
				JsonNode number = figure.node().path(field);
				if (!number.isNumber()) {
					continue;
				}
				JsonNode words = writtenAs.path(field);
				List<Occurrence> found = words.isString() ? wordsIn(quote, normalise(words.asString()))
						: numeralsIn(quote, number.decimalValue());
				if (!found.isEmpty()) {
					occurrences.put(field, found);
				}
				else if (words.isString()) {
					problem(figure, words, "writtenAs." + field + " \"" + words.asString() + "\" not in quote");
				}
				else {
					problem(figure, number,
							field + " " + plain(number.decimalValue()) + " not in quote " + numbers(quote));
				}
			}
			checkApproximate(figure, occurrences);
		}
	}

	/**
	 * {@code approximate: true} needs a marker before one of the figure's numbers in its
	 * quote; a number whose every occurrence is marked ("~25") needs
	 * {@code approximate: true}.
	 */
	private void checkApproximate(Item figure, Map<String, List<Occurrence>> occurrences) {
		if (occurrences.isEmpty()) {
			return;
		}
		JsonNode approximate = figure.node().path("approximate");
		if (approximate.asBoolean(false)) {
			boolean marked = occurrences.values().stream().flatMap(List::stream).anyMatch(Occurrence::marked);
			if (!marked) {
				problem(figure, approximate, "approximate, but no " + MARKERS + " stands before its number in quote");
			}
			return;
		}
		for (Map.Entry<String, List<Occurrence>> entry : occurrences.entrySet()) {
			if (entry.getValue().stream().allMatch(Occurrence::marked)) {
				JsonNode number = figure.node().path(entry.getKey());
				problem(figure, approximate.isMissingNode() ? number : approximate,
						entry.getKey() + " " + plain(number.decimalValue()) + " is written \""
								+ entry.getValue().get(0).written() + "\", so approximate must be true");
			}
		}
	}

	/** Where the quote writes this number in digits. */
	private static List<Occurrence> numeralsIn(String quote, BigDecimal number) {
		List<Occurrence> found = new ArrayList<>();
		Matcher numeral = NUMERAL.matcher(quote);
		while (numeral.find()) {
			if (new BigDecimal(numeral.group().replace(",", "")).compareTo(number) == 0) {
				found.add(Occurrence.at(quote, numeral.start(), numeral.end()));
			}
		}
		return found;
	}

	/**
	 * Where the quote has these words, as whole words ("a week" is not in "a weekend").
	 */
	private static List<Occurrence> wordsIn(String quote, String words) {
		List<Occurrence> found = new ArrayList<>();
		if (words.isEmpty()) {
			return found;
		}
		for (int at = quote.indexOf(words); at >= 0; at = quote.indexOf(words, at + 1)) {
			int end = at + words.length();
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(quote.codePointBefore(at));
			boolean endsWord = end == quote.length() || !Character.isLetterOrDigit(quote.codePointAt(end));
			if (startsWord && endsWord) {
				found.add(Occurrence.at(quote, at, end));
			}
		}
		return found;
	}

	/** The numbers a quote writes in digits, to say what it has instead. */
	private static String numbers(String quote) {
		List<String> written = new ArrayList<>();
		Matcher numeral = NUMERAL.matcher(quote);
		while (numeral.find()) {
			written.add(Occurrence.at(quote, numeral.start(), numeral.end()).written());
		}
		return written.isEmpty() ? "(it has no number in digits; a number in words needs writtenAs)"
				: "(its numbers: " + String.join(", ", written) + ")";
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	// Problems

	private List<Item> itemsIn(Kind kind, DataFile file) {
		return this.items.get(kind).stream().filter((item) -> item.file() == file).toList();
	}

	private void problem(Item item, JsonNode node, String message) {
		problem(item.file(), line(node, item.node()), item.name(), message);
	}

	private void problem(DataFile file, int line, String item, String message) {
		this.problems.add(new Problem(file.display(), line, item, message));
	}

	private void problem(Path path, int line, String item, String message) {
		this.problems.add(new Problem(display(path), line, item, message));
	}

	private String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path shown = absolute.startsWith(this.repoRoot) ? this.repoRoot.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}

	/** The line of a node of the location-aware tree; 0 when it has none. */
	private static int line(JsonNode node) {
		TokenStreamLocation location = (node != null) ? JsonNodes.tokenStreamLocationOf(node) : null;
		return (location != null) ? location.getLineNr() : 0;
	}

	private static int line(JsonNode node, JsonNode fallback) {
		int line = line(node);
		return (line > 0) ? line : line(fallback);
	}

	/**
	 * A problem in a data file.
	 *
	 * @param file the file, relative to the repository root
	 * @param line its line, from 1 (1 when the problem is the whole file's)
	 * @param item what it is about: {@code figure 19}, {@code verdict 59 condition 2},
	 * {@code organisation monzo}, {@code source}, {@code file}
	 * @param message what is wrong
	 */
	record Problem(String file, int line, String item, String message) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + " " + this.item + ": " + this.message;
		}

	}

	/** The kinds of items in the data files, and where each is listed. */
	private enum Kind {

		VERDICT("verdict", "verdicts", "id", null, true), CONDITION("condition", "conditions", null, VERDICT, true),
		CLAIM("claim", "claims", "id", null, true), FIGURE("figure", "figures", "id", CLAIM, true),
		RECOMMENDATION("recommendation", "recommendations", "id", null, true),
		ADOPTION("adoption", "adoptions", "id", null, true), DIMENSION("dimension", "dimensions", "slug", null, false),
		USE_CASE("use case", "useCases", "slug", null, false),
		ORGANISATION("organisation", "organisations", "slug", null, false),
		CONTRADICTION("contradiction", "contradictions", "slug", null, false);

		private final String label;

		private final String list;

		/** The field that identifies an item; a condition has none. */
		private final String key;

		/** The kind whose items list this kind's; {@code null} for a file's own lists. */
		private final Kind parent;

		/** Whether the items have a quote from the article. */
		private final boolean quoted;

		Kind(String label, String list, String key, Kind parent, boolean quoted) {
			this.label = label;
			this.list = list;
			this.key = key;
			this.parent = parent;
			this.quoted = quoted;
		}

		static Kind of(Kind parent, String list) {
			for (Kind kind : values()) {
				if (kind.parent == parent && kind.list.equals(list)) {
					return kind;
				}
			}
			return null;
		}

		/**
		 * An item's name: the kind and its id or slug ({@code figure 19}); a condition,
		 * which has no id, by its verdict and its place ({@code verdict 59 condition 2});
		 * an item that lacks its id by its place ({@code claim #3}).
		 */
		String nameOf(JsonNode node, int index, Item parent) {
			JsonNode key = (this.key != null) ? node.path(this.key) : null;
			if (key != null && key.isValueNode() && !key.isNull()) {
				return this.label + " " + key.asString();
			}
			if (this.key == null && parent != null) {
				return parent.name() + " " + this.label + " " + (index + 1);
			}
			return this.label + " #" + (index + 1);
		}

	}

	private record DataFile(Path path, String display, JsonNode root) {
	}

	private record Item(DataFile file, JsonNode node, String name) {
	}

	private record Located(DataFile file, JsonNode node, String item) {
	}

	private record Location(String item, String field) {
	}

	/**
	 * Where a quote writes one of a figure's numbers, and whether an approximation marker
	 * stands right before it.
	 */
	private record Occurrence(String written, boolean marked) {

		static Occurrence at(String quote, int start, int end) {
			Matcher marker = APPROXIMATION_MARKER.matcher(quote.substring(0, start));
			boolean marked = marker.find();
			return new Occurrence(quote.substring(marked ? marker.start() : start, end), marked);
		}

	}

}
