package dev.rustvsgo.source;

import java.util.List;

import dev.rustvsgo.reference.ArchivedTexts;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SlugIndex;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.verdict.Winner;
import dev.rustvsgo.web.cache.CacheConfiguration;
import dev.rustvsgo.web.cache.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
@Import({ ResponseCache.class, CacheConfiguration.class })
class SourceControllerTests {

	private static final Source GALIYAN = new Source("rust-vs-go-2025-which-backend-language",
			"Rust vs Go in 2025: Which Backend Language Should You Learn Now?", "Ashish Galiyan", null, null,
			"docs/sources/rust-vs-go-2025-which-backend-language.txt", "Dated only \"a month ago\".");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArchivedTexts texts;

	@MockitoBean
	private SourceCatalog sources;

	@MockitoBean
	private VerdictQueries verdicts;

	@BeforeEach
	void catalog() {
		SlugIndex<Source> index = new SlugIndex<>("source", "/api/sources");
		index.add(4, GALIYAN.slug(), GALIYAN);
		given(this.sources.index()).willReturn(index);
	}

	@Test
	void listsSourcesKeepingUnknownMetadataNull() {
		assertThat(this.mvc.get().uri("/api/sources")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.sources[0].author").isEqualTo("Ashish Galiyan");
				json.assertThat().extractingPath("$.sources[0].publishedOn").isNull();
				json.assertThat().hasPathSatisfying("$.sources[0].publisher", (value) -> value.assertThat().isNull());
			});
	}

	@Test
	void servesOneSourceWithItsVerdicts() {
		given(this.verdicts.find(List.of(), List.of(4L), List.of(), List.of())).willReturn(
				List.of(new Verdict(1, GALIYAN.toRef(), new DimensionRef("performance", "Performance"), Winner.RUST,
						"Rust has no GC.", "Performance and Efficiency: Rust Wins", Basis.STATED, List.of(), null)));
		assertThat(this.mvc.get().uri("/api/sources/rust-vs-go-2025-which-backend-language")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.source.title").asString().startsWith("Rust vs Go in 2025");
				json.assertThat().extractingPath("$.verdicts[0].dimension.slug").isEqualTo("performance");
				json.assertThat().extractingPath("$.verdicts[0].winner").isEqualTo("RUST");
			});
	}

	@Test
	void returnsNotFoundProblemForAnUnknownSource() {
		assertThat(this.mvc.get().uri("/api/sources/wikipedia")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.slug")
			.isEqualTo("wikipedia");
	}

}
