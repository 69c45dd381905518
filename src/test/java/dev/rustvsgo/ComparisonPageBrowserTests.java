package dev.rustvsgo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison page ({@code /}) in a real browser: Debian's headless Chromium driven by
 * Playwright for Java, against the application on a random port with the embedded H2
 * database. Playwright's own browser download is off; without Chromium the class is
 * skipped with a message saying how to install it. Every test fails on a console error or
 * a page error, and on any request the page makes outside {@code /api/**} and its own
 * files. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "chromiumInstalled", disabledReason = ComparisonPageBrowserTests.NO_CHROMIUM)
class ComparisonPageBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	/** The flags headless Chromium needs on this kind of machine (no sandbox as root). */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	/** Paths the page may request: the API and its own static files. */
	private static final Pattern OWN_PATHS = Pattern
		.compile("/(|index\\.html)(\\?.*)?|/api/.+|/assets/[\\w.-]+|/webjars/chart\\.js/dist/chart\\.umd\\.min\\.js");

	/**
	 * What a value missing from the page's rendering shows up as. The articles themselves
	 * say "null pointers" (and nothing else with null, undefined or NaN; see
	 * docs/sources).
	 */
	private static final Pattern RENDERING_GAPS = Pattern
		.compile("\\bnull\\b(?! pointers)|\\bundefined\\b|\\bNaN\\b|\\[object ");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The names the page gives the winners. */
	private static final Map<String, String> WINNER_NAMES = Map.of("RUST", "Rust", "GO", "Go", "TIE", "Tie", "DEPENDS",
			"Depends");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	/** The data locations the application under test reads. */
	@Value("${rustvsgo.data.locations}")
	private String[] dataLocations;

	private TestData data;

	private BrowserContext context;

	Page page;

	private final List<String> errors = new CopyOnWriteArrayList<>();

	private final List<String> foreignRequests = new CopyOnWriteArrayList<>();

	static final String NO_CHROMIUM = "Browser tests skipped: Chromium not found (-Dchromium.path, default "
			+ "/usr/bin/chromium). Install Debian's package with `apt-get install chromium` "
			+ "(scripts/install-chromium.sh), as .ci/run does.";

	static boolean chromiumInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM);
		if (!installed) {
			// Surefire keeps a skip reason in its reports only; this reaches the console.
			System.out.println(NO_CHROMIUM);
		}
		return installed;
	}

	@BeforeAll
	static void launchBrowser() {
		// Generous waits (they end as soon as the condition holds): the first requests of
		// a
		// cold application on a loaded 2-core CI machine can take seconds.
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if (message.type().equals("error")) {
				this.errors.add("console: " + message.text());
			}
		});
		this.page.onPageError((error) -> this.errors.add("page: " + error));
		this.page.onRequest((request) -> {
			URI uri = URI.create(request.url());
			String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			if (!uri.getAuthority().equals("localhost:" + this.port) || !OWN_PATHS.matcher(path).matches()) {
				this.foreignRequests.add(request.url());
			}
		});
	}

	@AfterEach
	void closePage() {
		if (this.page.locator("body[data-ready='true']").count() > 0) {
			assertThat(this.page.locator("main").innerText()).as("text the page rendered")
				.doesNotContainPattern(RENDERING_GAPS);
		}
		this.context.close();
		assertThat(this.errors).as("console and page errors").isEmpty();
		assertThat(this.foreignRequests).as("requests outside /api/** and the page's own files").isEmpty();
	}

	@Test
	void matrixHasOneCellWithAWinnerPerVerdictTheApiLists() {
		List<JsonNode> verdicts = apiAll("/api/verdicts?size=100", "verdicts");
		assertThat(verdicts).hasSize(data().verdicts());
		open("/");
		Locator winners = this.page.locator("#matrix td[data-winner]");
		PlaywrightAssertions.assertThat(winners).hasCount(verdicts.size());
		for (JsonNode verdict : verdicts) {
			Locator cell = this.page.locator("#matrix td[data-verdict='" + verdict.get("id").asLong() + "']");
			PlaywrightAssertions.assertThat(cell).hasAttribute("data-winner", verdict.get("winner").asString());
			PlaywrightAssertions.assertThat(cell).hasAttribute("data-basis", verdict.get("basis").asString());
		}
		// The first five articles say Rust wins on safety (some only imply it); R is the
		// letter, not only the colour, and "Rust" the text a screen reader reads.
		Locator safety = this.page.locator("#matrix tr[data-dimension='safety'] td");
		PlaywrightAssertions.assertThat(safety).hasCount(api("/api/sources").get("sources").size());
		List<JsonNode> firstOnSafety = verdicts.stream()
			.filter((verdict) -> verdict.get("dimension").get("slug").asString().equals("safety")
					&& TestData.FIRST_ARTICLES.contains(verdict.get("source").get("slug").asString()))
			.toList();
		assertThat(firstOnSafety).hasSameSizeAs(TestData.FIRST_ARTICLES);
		for (JsonNode verdict : firstOnSafety) {
			assertThat(this.page.locator("#matrix td[data-verdict='" + verdict.get("id").asLong() + "']").innerText())
				.matches("(R|\\(R\\))\\s+Rust(, implied)?");
		}
		// An implied verdict is marked apart: its letter in brackets.
		for (JsonNode verdict : verdicts) {
			String letter = verdict.get("winner").asString().substring(0, 1);
			boolean implied = "IMPLIED".equals(verdict.get("basis").asString());
			assertThat(this.page.locator("#matrix td[data-verdict='" + verdict.get("id").asLong() + "']").innerText())
				.as("matrix cell of verdict %s", verdict.get("id"))
				.matches((implied ? "\\(" + letter + "\\)" : letter) + "\\s+\\S.*" + (implied ? ", implied" : ""));
		}
		// A dimension an article discusses without a verdict, and one it does not
		// discuss.
		PlaywrightAssertions.assertThat(this.page.locator("#matrix td[data-state='NO_SIDE']").first())
			.containsText("discussed, no side");
		PlaywrightAssertions.assertThat(this.page.locator("#matrix td[data-state='NOT_DISCUSSED']").first())
			.containsText("not discussed");
	}

	/** The data the application under test serves, read from its data files. */
	TestData data() {
		if (this.data == null) {
			this.data = TestData.at(List.of(this.dataLocations));
		}
		return this.data;
	}

	/** The subdirectory of {@code target/screenshots/} for this class's screenshots. */
	String screenshotDirectory() {
		return "";
	}

	@Test
	void everyDimensionAndEveryArticleAppears() {
		JsonNode dimensions = api("/api/dimensions").get("dimensions");
		JsonNode sources = api("/api/sources").get("sources");
		open("/");
		List<String> rowHeaders = this.page.locator("#matrix tbody th").allInnerTexts();
		List<String> names = new ArrayList<>();
		dimensions.forEach((dimension) -> names.add(dimension.get("name").asString()));
		assertThat(rowHeaders).hasSize(data().dimensions())
			.containsExactlyElementsOf(names)
			.contains("Concurrency", "Learning curve");
		String columnHeaders = String.join("\n", this.page.locator("#matrix thead th").allInnerTexts());
		String articleList = this.page.locator("#sources").innerText();
		assertThat(sources).hasSize(data().sources());
		for (JsonNode source : sources) {
			String label = source.get("title").isNull() ? source.get("slug").asString()
					: source.get("title").asString();
			assertThat(columnHeaders).contains(label);
			assertThat(articleList).contains(label);
		}
		assertThat(articleList).contains("Rust vs. Go: Two Roads, One Destination", "Ashish Galiyan");
		// The consensus chart is a Chart.js chart with a bar per dimension and four
		// stacks.
		Object chart = this.page.evaluate(
				"""
						() => {
							const chart = Chart.getChart(document.getElementById('consensus-chart'));
							return { labels: chart.data.labels.length, datasets: chart.data.datasets.map((d) => d.label),
								rustOnSafety: chart.data.datasets[0].data[chart.data.labels.indexOf('Safety and reliability')] };
						}""");
		assertThat(chart)
			.isEqualTo(Map.of("labels", dimensions.size(), "datasets", List.of("Rust", "Go", "Tie", "Depends"),
					"rustOnSafety", data().winners("safety").getOrDefault("RUST", 0L).intValue()));
	}

	@Test
	void recommendationFollowsTheSliders() {
		open("/");
		Locator result = this.page.locator("#recommendation-result");
		// Every dimension at 5 by default, which the URL leaves out.
		PlaywrightAssertions.assertThat(result).hasAttribute("data-leading", Pattern.compile("RUST|GO|TIE"));
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("/$"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("All to 0")).click();
		PlaywrightAssertions.assertThat(result).containsText("Give at least one dimension a weight above 0");
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("/\\?priorities=$"));
		// Keyboard only: End moves a slider to its maximum, 10.
		Locator performance = this.page.getByLabel("Performance", new Page.GetByLabelOptions().setExact(true));
		performance.focus();
		this.page.keyboard().press("End");
		PlaywrightAssertions.assertThat(performance).hasValue("10");
		PlaywrightAssertions.assertThat(result).hasAttribute("data-leading", "RUST");
		PlaywrightAssertions.assertThat(this.page.locator("#recommendation-leading")).hasText("Rust");
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("priorities=performance:10($|&)"));
		// Learning curve at 10 as well: the first five articles all say Go is easier to
		// learn, which outweighs performance (where fewer of them side with Rust).
		Locator learningCurve = this.page.getByLabel("Learning curve", new Page.GetByLabelOptions().setExact(true));
		learningCurve.focus();
		this.page.keyboard().press("End");
		PlaywrightAssertions.assertThat(result).hasAttribute("data-leading", "GO");
		PlaywrightAssertions.assertThat(this.page)
			.hasURL(Pattern.compile("priorities=performance:10,learning-curve:10($|&)"));
		this.page.locator("#recommendation-section")
			.screenshot(new Locator.ScreenshotOptions().setPath(screenshots().resolve("page-recommendation.png")));
	}

	@Test
	void quoteOpensTheArticleWithThatQuoteHighlighted() throws IOException {
		JsonNode verdict = api("/api/dimensions/concurrency").get("verdicts").get(0);
		open("/");
		// Keyboard: the dimension's row header is a button.
		this.page.locator("#matrix tr[data-dimension='concurrency'] th button").focus();
		this.page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).hasText("Concurrency");
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).isFocused();
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("dimension=concurrency"));
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-contradictions"))
			.containsText("Are goroutines effortless");
		Locator firstVerdict = this.page.locator("#dimension-verdicts > li").first();
		PlaywrightAssertions.assertThat(firstVerdict).containsText(verdict.get("rationale").asString());
		firstVerdict.locator("button.quote").first().click();
		Locator mark = this.page.locator("#article-dialog #article-text mark");
		PlaywrightAssertions.assertThat(this.page.locator("#article-dialog")).isVisible();
		PlaywrightAssertions.assertThat(mark).isInViewport();
		JsonNode anchor = verdict.get("anchor");
		String slug = verdict.get("source").get("slug").asString();
		String archived = Files.readString(Path.of("docs/sources", slug + ".txt"), StandardCharsets.UTF_8);
		int[] codePoints = archived.codePoints().toArray();
		int start = anchor.get("start").asInt();
		int end = anchor.get("end").asInt();
		String span = new String(codePoints, start, end - start);
		assertThat(mark.textContent()).isEqualTo(span)
			.isEqualTo(verdict.get("quote").asString())
			.isEqualTo("Verdict: Go wins for concurrent and scalable backend applications, "
					+ "while Rust ensures safer concurrency for critical systems.");
		// The whole article is there around it, unchanged.
		assertThat(this.page.locator("#article-text").textContent()).isEqualTo(archived);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("page-quote.png")));
		this.page.keyboard().press("Escape");
		PlaywrightAssertions.assertThat(this.page.locator("#article-dialog")).isHidden();
	}

	@Test
	void everyDimensionViewShowsEachVerdictClaimAndContradiction() {
		JsonNode dimensions = api("/api/dimensions").get("dimensions");
		open("/");
		for (JsonNode dimension : dimensions) {
			String slug = dimension.get("slug").asString();
			JsonNode comparison = api("/api/dimensions/" + slug);
			this.page.locator("#matrix tr[data-dimension='" + slug + "'] th button").click();
			PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading"))
				.hasText(dimension.get("name").asString());
			PlaywrightAssertions.assertThat(this.page.locator("#dimension-verdicts > li"))
				.hasCount(comparison.get("verdicts").size());
			JsonNode claims = comparison.get("claims");
			int claimCount = claims.get("rust").size() + claims.get("go").size() + claims.get("neither").size();
			PlaywrightAssertions.assertThat(this.page.locator("#dimension-claims li")).hasCount(claimCount);
			int contradictions = comparison.get("contradictions").size();
			PlaywrightAssertions.assertThat(this.page.locator("#dimension-contradictions .contradictions > li"))
				.hasCount(contradictions);
			assertThat(this.page.locator("#dimension-view").innerText()).as(slug).doesNotContainPattern(RENDERING_GAPS);
		}
	}

	@Test
	void urlKeepsTheDimensionAndThePriorities() {
		open("/?dimension=learning-curve&priorities=learning-curve:10");
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).hasText("Learning curve");
		// A FIGURE contradiction: time to productivity in Go, as a range in one article.
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-contradictions")).containsText("2–4 weeks");
		PlaywrightAssertions.assertThat(this.page.locator("#weight-learning-curve")).hasValue("10");
		PlaywrightAssertions.assertThat(this.page.locator("#weight-performance")).hasValue("0");
		PlaywrightAssertions.assertThat(this.page.locator("#recommendation-result")).hasAttribute("data-leading", "GO");
		PlaywrightAssertions.assertThat(this.page.locator("#matrix tr.selected"))
			.hasAttribute("data-dimension", "learning-curve");
		this.page.locator("#dimension-view")
			.screenshot(new Locator.ScreenshotOptions().setPath(screenshots().resolve("page-dimension.png")));
		this.page.locator("#consensus-section")
			.screenshot(new Locator.ScreenshotOptions().setPath(screenshots().resolve("page-chart.png")));
	}

	@Test
	void searchesAsYouTypeWithHitsGroupedByTypeAndTheMatchedWordsMarked() {
		JsonNode result = api("/api/search?q=wasm&size=50");
		List<String> requests = new CopyOnWriteArrayList<>();
		this.page.onRequest((request) -> {
			if (request.url().contains("/api/search")) {
				requests.add(URI.create(request.url()).getRawQuery());
			}
		});
		open("/");
		// Typed key by key: one search after the pause, not one per key.
		this.page.locator("#search-input").pressSequentially("wasm");
		Locator section = this.page.locator("#search-section[data-query='wasm']");
		PlaywrightAssertions.assertThat(section).isVisible();
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("/\\?q=wasm$"));
		assertThat(requests).containsExactly("q=wasm&size=50");
		PlaywrightAssertions.assertThat(this.page.locator("#search-status"))
			.hasText(result.at("/page/totalElements").asInt() + " passages match “wasm”.");
		// The groups in the order of their best hit, each hit in the API's order.
		List<String> types = new ArrayList<>();
		result.get("hits").forEach((hit) -> {
			if (!types.contains(hit.get("type").asString())) {
				types.add(hit.get("type").asString());
			}
		});
		Locator groups = this.page.locator("#search-groups > .search-group");
		PlaywrightAssertions.assertThat(groups).hasCount(types.size());
		for (int i = 0; i < types.size(); i++) {
			String type = types.get(i);
			PlaywrightAssertions.assertThat(groups.nth(i)).hasAttribute("data-type", type);
			List<String> statements = result.get("hits")
				.valueStream()
				.filter((hit) -> hit.get("type").asString().equals(type))
				.map((hit) -> hit.get("statement").asString())
				.toList();
			assertThat(groups.nth(i).locator(".hit-statement").allTextContents()).containsExactlyElementsOf(statements);
		}
		// The first hit: Rust recommended for WebAssembly, "WebAssembly" and "WASM"
		// marked
		// where the API's code-point ranges say.
		JsonNode first = result.at("/hits/0");
		assertThat(first.at("/about/slug").asString()).isEqualTo("webassembly");
		Locator hit = this.page.locator(".search-hit").first();
		assertThat(hit.locator(".hit-statement mark").allTextContents())
			.containsExactlyElementsOf(ranges(first.get("statement").asString(), first.at("/highlights/statement")));
		assertThat(hit.locator("button.quote mark").allTextContents())
			.containsExactlyElementsOf(ranges(first.get("quote").asString(), first.at("/highlights/quote")))
			.contains("WebAssembly", "WASM");
		this.page.locator("#search-section")
			.screenshot(new Locator.ScreenshotOptions().setPath(screenshots().resolve("page-search.png")));
		// Clearing the search hides the results and takes the query out of the URL.
		this.page.locator("#search-clear").click();
		PlaywrightAssertions.assertThat(this.page.locator("#search-section")).isHidden();
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("/$"));
		PlaywrightAssertions.assertThat(this.page.locator("#search-input")).isFocused();
	}

	/**
	 * What a reader would type: the first hit the page shows is the API's first, and it
	 * says what was asked for.
	 */
	@Test
	void showsTheBestHitFirstForWhatReadersAsk() {
		Map<String, String> asked = Map.of("GC pauses", "garbage collection pauses", "borrow checker", "borrow checker",
				"Discord", "Discord", "salary", "salary");
		open("/");
		Locator input = this.page.locator("#search-input");
		asked.forEach((query, expected) -> {
			JsonNode first = api("/api/search?q=" + query.replace(" ", "%20") + "&size=1").at("/hits/0");
			input.fill(query);
			PlaywrightAssertions
				.assertThat(this.page.locator("#search-section[data-query='" + query + "'] .search-hit").first())
				.containsText(first.get("statement").asString());
			assertThat(String.join(" ", this.page.locator(".search-hit").first().locator("mark").allTextContents()))
				.as(query)
				.containsIgnoringCase(expected);
		});
	}

	@Test
	void searchesByKeyboardFromTheUrlAndOpensAHitsQuoteInItsArticle() throws IOException {
		JsonNode first = api("/api/search?q=%22borrow%20checker%22&size=1").at("/hits/0");
		open("/?q=GC%20pauses");
		PlaywrightAssertions.assertThat(this.page.locator("#search-input")).hasValue("GC pauses");
		PlaywrightAssertions.assertThat(this.page.locator("#search-section[data-query='GC pauses']")).isVisible();
		// A phrase, typed and sent with Enter: the focus moves to the results.
		Locator input = this.page.locator("#search-input");
		input.fill("");
		input.focus();
		this.page.keyboard().type("\"borrow checker\"");
		this.page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(this.page.locator("#search-heading")).isFocused();
		PlaywrightAssertions.assertThat(this.page.locator("#search-heading"))
			.hasText("Search results for “\"borrow checker\"”");
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("\\?q=%22borrow\\+checker%22$"));
		// Tab: past "Clear the search" to the first hit's quote, which opens its article.
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Tab");
		Locator quote = this.page.locator(".search-hit button.quote").first();
		PlaywrightAssertions.assertThat(quote).isFocused();
		this.page.keyboard().press("Enter");
		Locator mark = this.page.locator("#article-dialog #article-text mark");
		PlaywrightAssertions.assertThat(mark).isInViewport();
		JsonNode anchor = first.get("anchor");
		String archived = Files.readString(Path.of("docs/sources", first.at("/source/slug").asString() + ".txt"),
				StandardCharsets.UTF_8);
		int[] codePoints = archived.codePoints().toArray();
		int start = anchor.get("start").asInt();
		assertThat(mark.textContent()).isEqualTo(new String(codePoints, start, anchor.get("end").asInt() - start))
			.contains("borrow checker");
		this.page.keyboard().press("Escape");
		PlaywrightAssertions.assertThat(quote).isFocused();
	}

	@Test
	void saysWhatIsWrongWithAQueryAndSearchesOnceItIsRight() {
		List<String> requests = new CopyOnWriteArrayList<>();
		this.page.onRequest((request) -> {
			if (request.url().contains("/api/search")) {
				requests.add(URI.create(request.url()).getRawQuery());
			}
		});
		open("/");
		Locator input = this.page.locator("#search-input");
		// A phrase being typed waits for its closing quote.
		input.fill("\"borrow checker");
		PlaywrightAssertions.assertThat(this.page.locator("#search-status"))
			.hasText("Close the double quote to search for the phrase.");
		PlaywrightAssertions.assertThat(this.page.locator("#search-section")).isHidden();
		input.press("End");
		input.press("\"");
		PlaywrightAssertions.assertThat(this.page.locator("#search-section[data-query='\"borrow checker\"']"))
			.isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#search-status")).containsText("match “\"borrow checker\"”");
		assertThat(requests).containsExactly("q=%22borrow+checker%22&size=50");
		// A query the API rejects: its problem says why, and the results go.
		input.fill("+-");
		PlaywrightAssertions.assertThat(this.page.locator("#search-status"))
			.hasText("No word to search for. A query is words, and phrases in double quotes (\"borrow checker\"), "
					+ "at most 200 characters.");
		PlaywrightAssertions.assertThat(this.page.locator("#search-section")).isHidden();
		// Chromium reports every 4xx response on the console; this one was asked for.
		assertThat(this.errors).singleElement().asString().contains("status of 400");
		this.errors.clear();
		// A query nothing matches says so.
		input.fill("telepathy");
		PlaywrightAssertions.assertThat(this.page.locator("#search-status"))
			.hasText("Nothing the articles say matches “telepathy”.");
	}

	/** The code-point spans of a text that the API's highlight ranges name. */
	private static List<String> ranges(String text, JsonNode ranges) {
		int[] codePoints = text.codePoints().toArray();
		List<String> spans = new ArrayList<>();
		for (JsonNode range : ranges) {
			int start = range.get("start").asInt();
			spans.add(new String(codePoints, start, range.get("end").asInt() - start));
		}
		return spans;
	}

	@Test
	void anEditedLinkWithAnUnknownDimensionSaysSoAndSendsOnlyKnownPriorities() {
		List<String> apiRequests = new CopyOnWriteArrayList<>();
		this.page.onRequest((request) -> {
			if (request.url().contains("/api/")) {
				URI uri = URI.create(request.url());
				apiRequests.add(uri.getPath() + ((uri.getQuery() != null) ? "?" + uri.getQuery() : ""));
			}
		});
		open("/?dimension=telepathy&priorities=telepathy:3,performance:4");
		PlaywrightAssertions.assertThat(this.page.locator("#error")).containsText("there is no dimension 'telepathy'");
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-view")).isHidden();
		PlaywrightAssertions.assertThat(this.page.locator("#recommendation-result"))
			.hasAttribute("data-leading", "RUST");
		assertThat(apiRequests).noneMatch((request) -> request.contains("telepathy"))
			.contains("/api/recommendation?priorities=performance:4");
		// Choosing a real dimension clears the message.
		this.page.locator("#matrix tr[data-dimension='tooling'] th button").click();
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).hasText("Tooling");
		// Tooling's verdicts as the files give them; the first five articles give one
		// tie and one depends, so no language leads.
		Map<String, Long> tooling = data().winners("tooling");
		long most = tooling.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<String> leading = tooling.keySet().stream().filter((winner) -> tooling.get(winner) == most).toList();
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-consensus"))
			.containsText(String.format(
					"%d of %d articles give a verdict: %d Rust, %d Go, %d tie, %d depends. Leading: %s",
					data().verdicts("tooling"), data().sources(), tooling.getOrDefault("RUST", 0L),
					tooling.getOrDefault("GO", 0L), tooling.getOrDefault("TIE", 0L),
					tooling.getOrDefault("DEPENDS", 0L),
					(leading.size() == 1) ? WINNER_NAMES.get(leading.get(0)) : "none (a tie for the most verdicts)"));
		PlaywrightAssertions.assertThat(this.page.locator("#error")).isHidden();
	}

	@Test
	void useCasesAndAdoptersAreBrowsable() {
		open("/");
		Locator webAssembly = this.page.locator("#use-cases li[data-use-case='webassembly'] details");
		webAssembly.locator("summary").click();
		PlaywrightAssertions.assertThat(webAssembly).containsText("Rust is recommended for WebAssembly.");
		Locator discord = this.page.locator("#adopters li[data-organisation='discord'] details");
		discord.locator("summary").click();
		PlaywrightAssertions.assertThat(discord)
			.containsText("Discord rewrote a key service from Go to Rust, eliminating garbage collection pauses");
		PlaywrightAssertions.assertThat(discord)
			.containsText("moved away from Go (a key service that suffered garbage collection pauses)");
		// Every use case and every adopter is listed and opens to as many statements
		// as the API lists.
		PlaywrightAssertions.assertThat(this.page.locator("#use-cases li[data-use-case]")).hasCount(data().useCases());
		PlaywrightAssertions.assertThat(this.page.locator("#adopters li[data-organisation]"))
			.hasCount(data().organisations());
		for (JsonNode useCase : api("/api/use-cases").get("useCases")) {
			String slug = useCase.get("useCase").get("slug").asString();
			Locator item = this.page.locator("#use-cases li[data-use-case='" + slug + "'] details");
			if (!slug.equals("webassembly")) {
				item.locator("summary").click();
			}
			PlaywrightAssertions.assertThat(item.locator(".statements > li"))
				.hasCount(api("/api/use-cases/" + slug).get("recommendations").size());
		}
		for (JsonNode adopter : api("/api/adopters").get("adopters")) {
			String slug = adopter.get("organisation").get("slug").asString();
			Locator item = this.page.locator("#adopters li[data-organisation='" + slug + "'] details");
			if (!slug.equals("discord")) {
				item.locator("summary").click();
			}
			PlaywrightAssertions.assertThat(item.locator(".statements > li"))
				.hasCount(api("/api/adopters/" + slug).get("statements").size());
		}
		assertThat(this.page.locator("#use-cases").innerText() + this.page.locator("#adopters").innerText())
			.doesNotContainPattern(RENDERING_GAPS);
	}

	@Test
	void meetsWcagAaAsAxeCoreChecksItOnDesktopAndPhoneWidthAndWithTheArticleOpen() {
		open("/?q=wasm&dimension=concurrency&useCase=webassembly");
		PlaywrightAssertions.assertThat(this.page.locator("#search-section[data-query='wasm'] .search-hit").first())
			.isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).hasText("Concurrency");
		PlaywrightAssertions.assertThat(this.page.locator("#recommendation-result .use-case-evidence"))
			.containsText("WebAssembly");
		this.page.locator("#use-cases li[data-use-case='embedded'] summary").click();
		PlaywrightAssertions.assertThat(this.page.locator("#use-cases li[data-use-case='embedded']"))
			.containsText("Rust");
		assertThat(wcagViolations()).as("axe-core WCAG 2.1 A/AA violations at 1280 px").isEmpty();
		this.page.setViewportSize(375, 800);
		assertThat(wcagViolations()).as("axe-core WCAG 2.1 A/AA violations at 375 px").isEmpty();
		this.page.locator("#dimension-verdicts button.quote").first().click();
		PlaywrightAssertions.assertThat(this.page.locator("#article-text mark")).isVisible();
		assertThat(wcagViolations()).as("axe-core WCAG 2.1 A/AA violations with the article open").isEmpty();
	}

	/** axe-core's WCAG 2.0/2.1 level A and AA rules, as "rule: help (elements)". */
	private List<String> wcagViolations() {
		AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		return results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	@Test
	void coldLoadTransfersAtMost300KilobytesAndFitsAPhone() throws IOException {
		List<Long> transferred = new CopyOnWriteArrayList<>();
		List<String> requests = new CopyOnWriteArrayList<>();
		this.page.onRequestFinished((request) -> {
			var sizes = request.sizes();
			transferred.add((long) sizes.responseBodySize + sizes.responseHeadersSize);
			requests.add(URI.create(request.url()).getPath() + " " + sizes.responseBodySize + "+"
					+ sizes.responseHeadersSize);
		});
		open("/?dimension=concurrency");
		PlaywrightAssertions.assertThat(this.page.locator("#recommendation-result"))
			.hasAttribute("data-leading", Pattern.compile("RUST|GO|TIE"));
		PlaywrightAssertions.assertThat(this.page.locator("#dimension-heading")).hasText("Concurrency");
		// Everything the page asks for on its own, favicon included, has arrived.
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		long total = transferred.stream().mapToLong(Long::longValue).sum();
		System.out.printf("Cold load of /?dimension=concurrency: %d requests, %d bytes transferred "
				+ "(path body+headers): %s%n", transferred.size(), total, requests);
		assertThat(total).isLessThanOrEqualTo(300 * 1024);
		Path screenshots = screenshots();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("page-desktop.png")));
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(screenshots.resolve("page-desktop-full.png")).setFullPage(true));
		this.page.setViewportSize(375, 800);
		this.page.evaluate("() => window.scrollTo(0, 0)");
		Object width = this.page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("page-375.png")));
		this.page.locator("#matrix-section")
			.screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("page-375-matrix.png")));
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(screenshots.resolve("page-375-full.png")).setFullPage(true));
	}

	/**
	 * Where this class's screenshots go, under {@code target/screenshots/}; a subclass
	 * that runs the page on other data keeps its own apart.
	 */
	Path screenshots() {
		try {
			return Files.createDirectories(Path.of("target", "screenshots").resolve(screenshotDirectory()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void open(String path) {
		this.page.navigate("http://localhost:" + this.port + path);
		PlaywrightAssertions.assertThat(this.page.locator("body")).hasAttribute("data-ready", "true");
	}

	/** Every item of a paged list, following the next links from the first page. */
	private List<JsonNode> apiAll(String path, String key) {
		List<JsonNode> items = new ArrayList<>();
		String next = path;
		while (next != null) {
			JsonNode page = api(next);
			page.get(key).forEach(items::add);
			JsonNode link = page.get("links").get("next");
			next = (link == null || link.isNull()) ? null : link.asString();
		}
		return items;
	}

	JsonNode api(String path) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
