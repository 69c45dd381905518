package dev.rustvsgo.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.rustvsgo.web.paging.Paging;
import dev.rustvsgo.web.problem.ProblemResponses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI description served at {@code /v3/api-docs} and committed as
 * {@code docs/openapi.json}: API metadata, and the parts every operation shares (problem
 * responses for 400/405/406/500, {@code 304 Not Modified}, the caching headers, examples
 * taken from the running API) added by one customizer rather than repeated on each
 * controller. The document is ordered (tags, paths, schemas, status codes) so that it
 * comes out the same on every run.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** Classpath resource with the examples, captured from the running API. */
	static final String EXAMPLES_RESOURCE = "openapi/examples.json";

	/** Tag order of the document: the order the README lists the resources in. */
	static final List<String> TAG_ORDER = List.of("Dimensions", "Sources", "Claims", "Verdicts", "Use cases", "Figures",
			"Adopters", "Matrix", "Contradictions", "Recommendation", "Search");

	/**
	 * Examples of the query parameters shared by several operations, by name. Together
	 * they select real data: the concurrency verdict and claims of one article.
	 */
	static final Map<String, Object> PARAMETER_EXAMPLES = Map.ofEntries(Map.entry("dimension", List.of("concurrency")),
			Map.entry("source", List.of("battle-for-the-future-of-backend")), Map.entry("favors", List.of("GO")),
			Map.entry("kind", List.of("ARGUMENT")), Map.entry("winner", List.of("GO")),
			Map.entry("basis", List.of("STATED")), Map.entry("subject", List.of("RUST")),
			Map.entry("language", List.of("RUST")), Map.entry("metric", List.of("crates-io-packages")),
			Map.entry("priorities", List.of("performance:3", "learning-curve:1")),
			Map.entry("type", List.of("RECOMMENDATION", "CLAIM")));

	static final String DESCRIPTION = """
			A read-only API serving structured, sourced comparisons of Rust and Go, extracted from archived \
			articles: **dimensions** (performance, concurrency, learning curve, ..., and each article's overall bottom \
			line), **sources** (the articles), **claims** (statements an article makes, favouring Rust, Go or \
			neither), **verdicts** (who each article says wins on a dimension), **use cases** (what the articles \
			recommend each language for), **figures** (every number they give, typed: value or range, unit) and \
			**adopters** (the organisations they name). Built on these, the **matrix** (who wins where, every \
			dimension against every article), the **contradictions** (where the articles disagree), the \
			**recommendation** (which language the verdicts favour for your priorities) and **search** (one ranked \
			list over everything that carries a quote, with the matched words marked). Every verdict, claim, \
			recommendation, figure and adopter statement carries a short quote copied verbatim from its article; \
			statements and rationales are paraphrased. Metadata an article does not state is `null`, never guessed.

			**Filters.** Multi-valued filters accept repeated parameters (`?source=a&source=b`) or commas \
			(`?source=a,b`); different filters combine with AND. A query parameter an operation does not declare, or a \
			single-valued one given twice, is rejected: a typo never returns unfiltered data.

			**Errors** are RFC 9457 problem details (`application/problem+json`, schema `ProblemDetail`): a 400 names \
			the parameter, the rejected value and the allowed values; a 404 names the slug.

			**Caching.** Data changes only with a deployment. Every 200 response has a strong `ETag` and \
			`Cache-Control: max-age=300, public`; send the ETag back in `If-None-Match` to get `304 Not Modified`. \
			Responses are gzip-compressed for clients that send `Accept-Encoding: gzip`. Browsers may read the API \
			from any origin (CORS, GET and HEAD, without credentials) unless the deployment restricts the origins.

			**A frontend on this API.** The application serves a page at `/` (a search box, the matrix, a consensus \
			chart, each dimension's verdicts with their quotes opened in the archived article, and the recommendation \
			with its sliders) that reads only the operations described here.

			**Licence.** The API's code and data structure are Apache-2.0. The quotes are short excerpts of the \
			cited articles, quoted with attribution (each names its source); they remain their authors' copyright.""";

	static final String PROBLEM_SCHEMA_REF = "#/components/schemas/ProblemDetail";

	static {
		// Spring's ProblemDetail writes its extra properties flat into the JSON; document
		// the shape actually served.
		SpringDocUtils.getConfig().replaceWithClass(ProblemDetail.class, ApiProblem.class);
	}

	@Bean
	OpenAPI apiDescription(ObjectProvider<BuildProperties> buildProperties) {
		return new OpenAPI()
			.info(new Info().title("Rust vs Go API")
				.summary("Sourced comparisons of Rust and Go from archived articles: dimensions, sources, claims, "
						+ "verdicts, use cases, figures, adopters, the matrix, contradictions and a recommendation.")
				.description(DESCRIPTION)
				.version(version(buildProperties.getIfAvailable()))
				.contact(new Contact().name("rust-vs-go-api maintainers"))
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			// Relative, so that the description is the same wherever the API runs.
			.servers(List.of(new Server().url("/").description("The server this description is served from")))
			// Nothing is authenticated: an explicitly empty requirement says so.
			.security(List.of());
	}

	/**
	 * The API version: the build's (from {@code META-INF/build-info.properties}, written
	 * by the build), else the jar manifest's, else a marker that it is unknown.
	 */
	static String version(BuildProperties build) {
		if (build != null && build.getVersion() != null) {
			return build.getVersion();
		}
		String implementationVersion = OpenApiConfiguration.class.getPackage().getImplementationVersion();
		return (implementationVersion != null) ? implementationVersion : "unknown";
	}

	@Bean
	OpenApiCustomizer sharedResponsesCustomizer(JsonMapper jsonMapper) {
		Examples examples = Examples.load(jsonMapper);
		return (openApi) -> {
			Components components = openApi.getComponents();
			addSharedComponents(components, examples);
			for (PathItem pathItem : openApi.getPaths().values()) {
				for (Operation operation : pathItem.readOperations()) {
					customise(operation, examples);
				}
			}
			sort(openApi);
		};
	}

	private static void addSharedComponents(Components components, Examples examples) {
		examples.byName().forEach(components::addExamples);
		components.addHeaders("ETag",
				new Header()
					.description("Strong entity tag of the body (the gzip variant has its own, ending in -gzip). "
							+ "Send it in If-None-Match to get 304 Not Modified while the data is unchanged.")
					.schema(new StringSchema().example("\"f7442b3429e406237f46fc7272a76ca5\"")));
		components.addHeaders("Repr-Digest", new Header()
			.description("RFC 9530 digest of the bytes sent (sha-256, base64 between colons), so that a client can "
					+ "check it holds exactly this representation; the gzip variant has its own.")
			.schema(new StringSchema().example("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:")));
		components.addHeaders("Cache-Control",
				new Header().description("How long clients and proxies may reuse the body.")
					.schema(new StringSchema().example("max-age=300, public")));
		components.addResponses("NotModified",
				new ApiResponse()
					.description("Not Modified: the If-None-Match header matched the current ETag, so the "
							+ "body the client holds is still current. No body.")
					.addHeaderObject("ETag", headerRef("ETag"))
					.addHeaderObject("Cache-Control", headerRef("Cache-Control")));
		components.addResponses("BadRequest",
				problem("A query parameter was sent, but this operation takes none (the problem names it: `parameter`, "
						+ "`value`), or the query string cannot be decoded (invalid percent-encoding or UTF-8).",
						examples.forResponse("BadRequest")));
		components.addResponses("CrossOriginRejected",
				problem("A cross-origin request the CORS configuration rejects: a browser's preflight for a method "
						+ "other than GET or HEAD, or for a header it does not allow, or, when "
						+ "`rustvsgo.cors.allowed-origins` is restricted (by default any origin may read the API), a "
						+ "request from another origin. `instance` is the request path.",
						examples.forResponse("CrossOriginRejected")));
		components.addResponses("MethodNotAllowed",
				problem("The path is served for GET (and HEAD) only; the `Allow` header lists the methods.",
						examples.forResponse("MethodNotAllowed"))
					.addHeaderObject(HttpHeaders.ALLOW, new Header().description("The methods the path serves")
						.schema(new StringSchema().example("GET"))));
		components.addResponses("NotAcceptable",
				problem("The Accept header allows no representation served: responses are `application/json` (the "
						+ "archived texts `text/plain`; errors `application/problem+json`).",
						examples.forResponse("NotAcceptable")));
		components.addResponses("InternalServerError", problem(
				"Unexpected server error. The problem says only that the error has been logged, never its cause.",
				examples.forResponse("InternalServerError")));
	}

	private static void customise(Operation operation, Examples examples) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		if (ok != null) {
			ok.addHeaderObject("ETag", headerRef("ETag"))
				.addHeaderObject("Repr-Digest", headerRef("Repr-Digest"))
				.addHeaderObject("Cache-Control", headerRef("Cache-Control"));
		}
		responses.putIfAbsent("304", responseRef("NotModified"));
		responses.putIfAbsent("400", responseRef("BadRequest"));
		responses.putIfAbsent("403", responseRef("CrossOriginRejected"));
		responses.putIfAbsent("405", responseRef("MethodNotAllowed"));
		responses.putIfAbsent("406", responseRef("NotAcceptable"));
		responses.putIfAbsent("500", responseRef("InternalServerError"));
		examples.forOperation(operation.getOperationId()).forEach((status, byName) -> {
			ApiResponse response = responses.get(status);
			// The examples are JSON: they go to the JSON media type (a 200 may also be
			// CSV).
			MediaType mediaType = (response != null && response.getContent() != null) ? response.getContent()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().endsWith("json"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null) : null;
			if (mediaType == null) {
				throw new IllegalStateException(
						"Examples for " + operation.getOperationId() + " " + status + " match no documented response");
			}
			byName.forEach(mediaType::addExamples);
		});
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("listContradictions".equals(operation.getOperationId()) && "kind".equals(parameter.getName())) {
					parameter.setExample(List.of("FIGURE"));
				}
				if (parameter.getExample() == null && PARAMETER_EXAMPLES.containsKey(parameter.getName())) {
					parameter.setExample(PARAMETER_EXAMPLES.get(parameter.getName()));
				}
				documentPagingLimits(parameter);
			}
		}
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		operation.setResponses(sorted);
	}

	/**
	 * The limits {@link Paging} enforces on the {@code page} and {@code size} query
	 * parameters, documented once for every paginated list (the controllers declare the
	 * parameters with their descriptions and defaults).
	 */
	private static void documentPagingLimits(Parameter parameter) {
		if ("query".equals(parameter.getIn()) && parameter.getSchema() != null) {
			switch (parameter.getName()) {
				case "page" -> parameter.getSchema().minimum(BigDecimal.ZERO);
				case "size" ->
					parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Paging.MAX_PAGE_SIZE));
				default -> {
				}
			}
		}
	}

	/**
	 * Orders tags (as {@link #TAG_ORDER}), paths (by tag, then path) and components (by
	 * name): springdoc leaves them in an order that depends on discovery and hashing.
	 */
	private static void sort(OpenAPI openApi) {
		if (openApi.getTags() != null) {
			openApi.getTags()
				.sort(Comparator.comparing((Tag tag) -> tagRank(tag.getName())).thenComparing(Tag::getName));
		}
		Paths paths = new Paths();
		openApi.getPaths()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, PathItem> entry) -> tagRank(firstTag(entry.getValue())))
				.thenComparing(Map.Entry::getKey))
			.forEach((entry) -> paths.addPathItem(entry.getKey(), entry.getValue()));
		openApi.setPaths(paths);
		Components components = openApi.getComponents();
		if (components.getSchemas() != null) {
			components.setSchemas(new TreeMap<>(components.getSchemas()));
		}
		components.setResponses(new TreeMap<>(components.getResponses()));
		components.setHeaders(new TreeMap<>(components.getHeaders()));
		components.setExamples(new TreeMap<>(components.getExamples()));
	}

	private static int tagRank(String tag) {
		int rank = TAG_ORDER.indexOf(tag);
		return (rank >= 0) ? rank : TAG_ORDER.size();
	}

	private static String firstTag(PathItem pathItem) {
		return pathItem.readOperations()
			.stream()
			.filter((operation) -> operation.getTags() != null && !operation.getTags().isEmpty())
			.map((operation) -> operation.getTags().get(0))
			.findFirst()
			.orElse("");
	}

	private static ApiResponse problem(String description, Map<String, Example> examples) {
		MediaType mediaType = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA_REF));
		examples.forEach(mediaType::addExamples);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					mediaType));
	}

	private static ApiResponse responseRef(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

	private static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	/**
	 * Examples captured from the running API ({@value #EXAMPLES_RESOURCE}), each with a
	 * summary, a description, the value and the request that produced it (which
	 * {@code OpenApiContractTests} replays). They are published in
	 * {@code components/examples} and referenced by name: from operations (by
	 * operationId, then status) and from the shared responses (by component name).
	 */
	record Examples(Map<String, Example> byName, Map<String, Map<String, List<String>>> operations,
			Map<String, List<String>> responses) {

		static Examples load(JsonMapper jsonMapper) {
			JsonNode file;
			try (InputStream in = new ClassPathResource(EXAMPLES_RESOURCE).getInputStream()) {
				file = jsonMapper.readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + EXAMPLES_RESOURCE, ex);
			}
			Map<String, Map<String, Object>> examples = jsonMapper.convertValue(file.required("examples"),
					new TypeReference<>() {
					});
			Map<String, Example> byName = new TreeMap<>();
			examples.forEach((name, example) -> byName.put(name,
					new Example().summary((String) example.get("summary"))
						.description((String) example.get("description"))
						.value(example.get("value"))));
			return new Examples(byName, jsonMapper.convertValue(file.required("operations"), new TypeReference<>() {
			}), jsonMapper.convertValue(file.required("responses"), new TypeReference<>() {
			}));
		}

		Map<String, Map<String, Example>> forOperation(String operationId) {
			Map<String, Map<String, Example>> byStatus = new LinkedHashMap<>();
			this.operations.getOrDefault(operationId, Map.of())
				.forEach((status, names) -> byStatus.put(status, refs(names)));
			return byStatus;
		}

		Map<String, Example> forResponse(String componentName) {
			return refs(this.responses.getOrDefault(componentName, List.of()));
		}

		private Map<String, Example> refs(List<String> names) {
			Map<String, Example> refs = new LinkedHashMap<>();
			for (String name : names) {
				if (!this.byName.containsKey(name)) {
					throw new IllegalStateException("No example named " + name + " in " + EXAMPLES_RESOURCE);
				}
				refs.put(name, new Example().$ref("#/components/examples/" + name));
			}
			return refs;
		}

	}

}
