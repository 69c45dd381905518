package dev.rustvsgo.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code /api/search} over real HTTP on the real data: the first hits for what a reader
 * asks are the passages a person would pick, words are stemmed and abbreviations found
 * through their synonyms, the highlights are code-point spans of the matched words, the
 * filters, facets and pages agree with each other, and bad queries are problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SearchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private RestTestClient client;

	@Autowired
	private SearchIndex index;

	@LocalServerPort
	private int port;

	@Test
	void indexesEveryItemThatCarriesAQuote() {
		int verdicts = 0;
		int conditions = 0;
		for (JsonNode verdict : all("/api/verdicts?size=100", "verdicts")) {
			verdicts++;
			conditions += verdict.get("conditions").size();
		}
		int recommendations = 0;
		for (JsonNode useCase : get("/api/use-cases").get("useCases")) {
			recommendations += get("/api/use-cases/" + useCase.at("/useCase/slug").asString()).get("recommendations")
				.size();
		}
		int adoptions = 0;
		for (JsonNode adopter : get("/api/adopters").get("adopters")) {
			adoptions += get("/api/adopters/" + adopter.at("/organisation/slug").asString()).get("statements").size();
		}
		int sides = 0;
		for (JsonNode contradiction : all("/api/contradictions?kind=CLAIM&size=100", "contradictions")) {
			sides += contradiction.get("sides").size();
		}
		int claims = get("/api/claims?size=1").at("/page/totalElements").asInt();
		int figures = get("/api/figures?size=1").at("/page/totalElements").asInt();
		assertThat(conditions).isPositive();
		assertThat(sides).isPositive();
		assertThat(this.index.size())
			.isEqualTo(verdicts + conditions + recommendations + claims + figures + adoptions + sides);
	}

	@Test
	void wasmFindsTheRecommendationsOfRustForWebAssemblyFirst() {
		JsonNode result = search("wasm");
		List<String> webAssembly = new ArrayList<>();
		get("/api/use-cases/webassembly").get("recommendations")
			.forEach((recommendation) -> webAssembly.add(recommendation.get("statement").asString()));
		JsonNode first = result.at("/hits/0");
		assertThat(first.get("type").asString()).isEqualTo("RECOMMENDATION");
		assertThat(first.at("/about/slug").asString()).isEqualTo("webassembly");
		assertThat(first.get("language").asString()).isEqualTo("RUST");
		assertThat(webAssembly).contains(first.get("statement").asString());
		assertThat(first.get("link").asString()).isEqualTo("/api/use-cases/webassembly");
		// "wasm" found "WebAssembly" as well as "WASM", and only those words are marked.
		assertThat(marked(first, "quote")).isNotEmpty()
			.allSatisfy((word) -> assertThat(word.toLowerCase(Locale.ROOT)).isIn("wasm", "webassembly"));
		assertThat(marked(result, "statement")).contains("WebAssembly");
		// Every recommendation for WebAssembly is among the hits.
		assertThat(result.at("/facets/type/RECOMMENDATION").asInt()).isGreaterThanOrEqualTo(webAssembly.size());
	}

	@Test
	void gcPausesFindsPassagesAboutGarbageCollectionPausesFirst() {
		JsonNode hits = search("GC pauses").get("hits");
		// The first five each speak of both: a GC (in any of its spellings) and pauses.
		for (int i = 0; i < 5; i++) {
			JsonNode hit = hits.get(i);
			List<String> words = new ArrayList<>(marked(hit, "statement"));
			words.addAll(marked(hit, "quote"));
			String marked = String.join(" | ", words).toLowerCase(Locale.ROOT);
			assertThat(marked).as("hit %d: %s", i, hit.get("quote"))
				.contains("pause")
				.containsPattern("\\bgc\\b|garbage collect");
		}
		assertThat(hits.valueStream().limit(5).map((hit) -> hit.get("quote").asString()))
			.anyMatch((quote) -> quote.contains("Discord"));
	}

	@Test
	void borrowCheckerFindsThePassagesNamingItFirst() {
		JsonNode result = search("borrow checker");
		// At least as many items name it as claims do; those come first.
		int naming = all("/api/claims?q=borrow%20checker&size=100", "claims").size();
		assertThat(naming).isPositive();
		for (int i = 0; i < naming; i++) {
			JsonNode hit = result.at("/hits/" + i);
			assertThat((hit.get("statement").asString() + " " + hit.get("quote").asString()).toLowerCase(Locale.ROOT))
				.as("hit %d", i)
				.contains("borrow checker");
		}
	}

	@Test
	void discordFindsWhatTheArticlesSayAboutDiscord() {
		JsonNode result = search("Discord", "&size=100");
		int statements = get("/api/adopters/discord").get("statements").size();
		assertThat(result.at("/facets/type/ADOPTION").asInt()).isGreaterThanOrEqualTo(statements);
		for (JsonNode hit : result.get("hits")) {
			assertThat(hit.get("statement").asString() + " " + hit.get("quote").asString()).contains("Discord");
		}
		// Every adoption statement about Discord, the rewrite included.
		assertThat(result.get("hits")
			.valueStream()
			.filter((hit) -> hit.at("/about/slug").asString().equals("discord"))
			.map((hit) -> hit.get("statement").asString())).hasSize(statements)
			.anyMatch((statement) -> statement.contains("rewrote a key service from Go to Rust"));
	}

	@Test
	void salaryFindsTheJobMarketPassagesAndTheSalaryFigures() {
		JsonNode result = search("salary");
		assertThat(result.at("/hits/0/quote").asString()).contains("salary");
		// The salary figures match on their metric, salary-premium, though their texts
		// say "pay".
		int figures = get("/api/figures?metric=salary-premium").at("/page/totalElements").asInt();
		assertThat(figures).isPositive();
		assertThat(result.at("/facets/type/FIGURE").asInt()).isEqualTo(figures);
	}

	/** A word finds its other forms through the stemmer. */
	@ParameterizedTest
	@MethodSource("stems")
	void findsOtherFormsOfAWord(String query, String found) {
		assertThat(marked(search(query), "quote")).contains(found);
	}

	static Stream<Arguments> stems() {
		return Stream.of(arguments("compiling", "compile"), arguments("compiling", "compilation"),
				arguments("errors", "error"), arguments("goroutine", "goroutines"));
	}

	/**
	 * The field's abbreviations find their spelled-out forms and back
	 * (src/main/resources/search/synonyms.txt).
	 */
	@ParameterizedTest
	@MethodSource("synonyms")
	void findsAbbreviationsThroughTheirSynonyms(String query, String found) {
		assertThat(marked(search(query), "quote")).anyMatch((word) -> word.equalsIgnoreCase(found));
	}

	static Stream<Arguments> synonyms() {
		return Stream.of(arguments("GC", "garbage collection"), arguments("garbage collector", "GC"),
				arguments("wasm", "WebAssembly"), arguments("WebAssembly", "Wasm"), arguments("k8s", "Kubernetes"),
				arguments("asynchronous", "async"), arguments("HFT", "High-frequency trading"),
				arguments("command-line", "CLI"), arguments("stdlib", "standard library"));
	}

	@Test
	void aPhraseMatchesItsWordsTogetherAndInOrder() {
		JsonNode phrase = search("\"checker borrow\"");
		assertThat(phrase.at("/page/totalElements").asInt()).isZero();
		JsonNode result = search("\"borrow checker\"");
		assertThat(result.at("/page/totalElements").asInt()).isPositive()
			.isLessThan(search("borrow checker").at("/page/totalElements").asInt());
		for (JsonNode hit : result.get("hits")) {
			assertThat(marked(hit, "statement")).allSatisfy((span) -> assertThat(span).isEqualTo("borrow checker"));
			assertThat(marked(hit, "quote"))
				.allSatisfy((span) -> assertThat(span.toLowerCase(Locale.ROOT)).isEqualTo("borrow checker"));
		}
	}

	/**
	 * Highlights count code points, like the anchors: a quote with emoji (outside the
	 * Basic Multilingual Plane) before its matches still marks the words.
	 */
	@Test
	void highlightsAreCodePointSpansOfTheMatchedWords() throws Exception {
		JsonNode hit = search("web servers cloud", "&source=battle-for-the-future-of-backend&type=CLAIM").get("hits")
			.valueStream()
			.filter((candidate) -> candidate.get("quote").asString().contains("🚀"))
			.findFirst()
			.orElseThrow();
		assertThat(marked(hit, "quote")).containsExactly("Cloud", "Web", "servers");
		// The anchor is the item's own: the quote's place in the archived text.
		JsonNode anchor = hit.get("anchor");
		String text = Files.readString(Path.of("docs/sources", hit.at("/source/slug").asString() + ".txt"),
				StandardCharsets.UTF_8);
		int[] codePoints = text.codePoints().toArray();
		assertThat(new String(codePoints, anchor.get("start").asInt(),
				anchor.get("end").asInt() - anchor.get("start").asInt()))
			.isEqualTo(anchor.get("exact").asString());
		JsonNode claim = get(hit.get("link").asString());
		assertThat(claim.get("quote").asString()).isEqualTo(hit.get("quote").asString());
		assertThat(claim.get("anchor")).isEqualTo(anchor);
	}

	@Test
	void everyHitLinksToTheItemItCameFrom() {
		for (String query : List.of("wasm", "Discord", "salary", "effortless goroutines", "borrow checker")) {
			for (JsonNode hit : search(query).get("hits")) {
				String served = get(hit.get("link").asString()).toString();
				assertThat(served).as("%s %s", query, hit.get("link"))
					.contains(JSON.writeValueAsString(hit.get("quote")));
			}
		}
	}

	@Test
	void filtersNarrowTheHitsAndFacetsCountTheWholeResult() {
		JsonNode all = search("performance", "&size=100");
		int total = all.at("/page/totalElements").asInt();
		assertThat(sum(all.at("/facets/type"))).isEqualTo(total);
		assertThat(sum(all.at("/facets/source"))).isEqualTo(total);
		JsonNode filtered = search("performance",
				"&type=CLAIM,VERDICT&source=two-roads-one-destination&dimension=performance&language=RUST&size=100");
		assertThat(filtered.get("hits")).isNotEmpty().allSatisfy((hit) -> {
			assertThat(hit.get("type").asString()).isIn("CLAIM", "VERDICT");
			assertThat(hit.at("/source/slug").asString()).isEqualTo("two-roads-one-destination");
			assertThat(hit.at("/dimension/slug").asString()).isEqualTo("performance");
			assertThat(hit.get("language").asString()).isEqualTo("RUST");
		});
		long expected = all.get("hits")
			.valueStream()
			.filter((hit) -> List.of("CLAIM", "VERDICT").contains(hit.get("type").asString())
					&& hit.at("/source/slug").asString().equals("two-roads-one-destination")
					&& hit.at("/dimension/slug").asString().equals("performance")
					&& hit.path("language").asString("").equals("RUST"))
			.count();
		assertThat(filtered.at("/page/totalElements").asLong()).isEqualTo(expected);
		assertThat(filtered.at("/facets/source").propertyNames()).containsExactly("two-roads-one-destination");
		assertThat(filtered.at("/facets/dimension").propertyNames()).containsExactly("performance");
	}

	@Test
	void pagesThroughTheRankedHitsWithWorkingLinks() {
		JsonNode whole = search("rust", "&size=30");
		JsonNode first = search("rust", "&size=10");
		assertThat(first.at("/links/next").asString()).isEqualTo("/api/search?q=rust&page=1&size=10");
		List<JsonNode> paged = new ArrayList<>();
		first.get("hits").forEach(paged::add);
		get(first.at("/links/next").asString()).get("hits").forEach(paged::add);
		JsonNode third = get("/api/search?q=rust&page=2&size=10");
		third.get("hits").forEach(paged::add);
		assertThat(paged).containsExactlyElementsOf(whole.get("hits").valueStream().toList());
		assertThat(first.at("/page/totalElements")).isEqualTo(whole.at("/page/totalElements"));
		JsonNode past = get("/api/search?q=rust&page=1000&size=100");
		assertThat(past.get("hits")).isEmpty();
		assertThat(past.at("/page/totalElements")).isEqualTo(whole.at("/page/totalElements"));
	}

	/** A query of stop words alone matches nothing; it is no error. */
	@Test
	void aQueryOfCommonWordsAloneFindsNothing() {
		JsonNode result = search("the of and");
		assertThat(result.get("hits")).isEmpty();
		assertThat(result.at("/page/totalElements").asInt()).isZero();
	}

	static Stream<Arguments> badQueries() {
		return Stream.of(arguments("", "'q': a query is required."), arguments("q=", "'q': a query is required."),
				arguments("q=%20%20", "'q': a query is required."),
				arguments("q=" + "x".repeat(201),
						"xxxxxxxxxxxxxxxxxxxx…' for parameter 'q': must be at most 200 characters."),
				arguments("q=%22borrow%20checker", "unbalanced double quote"),
				arguments("q=%22borrow%22%20%22checker", "unbalanced double quote"),
				arguments("q=rust%20%22%20%22", "empty phrase"), arguments("q=%2B-*", "no word to search for"));
	}

	@ParameterizedTest
	@MethodSource("badQueries")
	void answersABadQueryWithAProblemSayingWhatAQueryMayBe(String query, String reason) {
		String body = this.client.get()
			.uri(uri("/api/search?" + query))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:rust-vs-go:invalid-parameter");
		assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
		assertThat(problem.get("parameter").asString()).isEqualTo("q");
		assertThat(problem.get("detail").asString()).contains(reason);
		assertThat(problem.get("detail").asString())
			.endsWith("A query is words, and phrases in double quotes (\"borrow checker\"), at most 200 characters.");
	}

	@Test
	void answersUnknownFilterValuesWithProblemsListingTheAllowedOnes() {
		Map<String, String> allowed = Map.of("type=TWEET", "VERDICT", "source=rust-book", "two-roads-one-destination",
				"dimension=telepathy", "concurrency", "language=ZIG", "RUST");
		allowed.forEach((filter, value) -> {
			String body = this.client.get()
				.uri(uri("/api/search?q=rust&" + filter))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			JsonNode problem = JSON.readTree(body);
			assertThat(problem.get("parameter").asString()).isEqualTo(filter.substring(0, filter.indexOf('=')));
			assertThat(problem.get("allowedValues").valueStream().map(JsonNode::asString)).contains(value);
		});
	}

	/** The words of a hit's field (statement or quote) that its highlights mark. */
	static List<String> marked(JsonNode hit, String field) {
		if (hit.has("hits")) {
			List<String> words = new ArrayList<>();
			hit.get("hits").forEach((each) -> words.addAll(marked(each, field)));
			return words;
		}
		int[] codePoints = hit.get(field).asString().codePoints().toArray();
		List<String> words = new ArrayList<>();
		for (JsonNode range : hit.at("/highlights/" + field)) {
			int start = range.get("start").asInt();
			words.add(new String(codePoints, start, range.get("end").asInt() - start));
		}
		return words;
	}

	private static int sum(JsonNode counts) {
		return counts.valueStream().mapToInt(JsonNode::asInt).sum();
	}

	private JsonNode search(String query) {
		return search(query, "");
	}

	private JsonNode search(String query, String filters) {
		return get("/api/search?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8) + filters);
	}

	/** The URI of a path and query string as they are, already percent-encoded. */
	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	private JsonNode get(String pathAndQuery) {
		String body = this.client.get()
			.uri(uri(pathAndQuery))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	private List<JsonNode> all(String uri, String key) {
		List<JsonNode> items = new ArrayList<>();
		String next = uri;
		while (next != null) {
			JsonNode page = get(next);
			page.get(key).forEach(items::add);
			JsonNode link = page.at("/links/next");
			next = (link.isMissingNode() || link.isNull()) ? null : link.asString();
		}
		return items;
	}

}
