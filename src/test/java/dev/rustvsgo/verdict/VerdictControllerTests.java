package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.SlugIndex;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.web.cache.CacheConfiguration;
import dev.rustvsgo.web.cache.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(VerdictController.class)
@Import({ ResponseCache.class, CacheConfiguration.class })
class VerdictControllerTests {

	private static final Source ROADS = new Source("two-roads-one-destination",
			"Rust vs. Go: Two Roads, One Destination", null, null, null, "docs/sources/two-roads-one-destination.txt",
			"No author.");

	private static final Dimension MEMORY = new Dimension("memory", "Memory management", "GC or not.");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private VerdictQueries verdicts;

	@MockitoBean
	private SourceCatalog sources;

	@MockitoBean
	private DimensionCatalog dimensions;

	@BeforeEach
	void catalogs() {
		SlugIndex<Source> sourceIndex = new SlugIndex<>("source", "/api/sources");
		sourceIndex.add(2, ROADS.slug(), ROADS);
		SlugIndex<Dimension> dimensionIndex = new SlugIndex<>("dimension", "/api/dimensions");
		dimensionIndex.add(5, MEMORY.slug(), MEMORY);
		given(this.sources.index()).willReturn(sourceIndex);
		given(this.dimensions.index()).willReturn(dimensionIndex);
	}

	@Test
	void filtersBySlugsResolvedToIdsAndByWinnerOnePageAtATime() {
		given(this.verdicts.find(List.of(5L), List.of(2L), List.of(Winner.RUST), List.of(),
				PageRequest.of(2, 1)))
			.willReturn(new PageImpl<>(List.of(new Verdict(30, ROADS.toRef(), MEMORY.toRef(), Winner.RUST,
					"No GC pauses.", "Rust plays it tight.", Basis.STATED, List.of(), null)), PageRequest.of(2, 1), 3));
		assertThat(this.mvc.get()
			.uri("/api/verdicts?dimension=memory&source=two-roads-one-destination&winner=RUST&page=2&size=1"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.verdicts[0].source.slug").isEqualTo("two-roads-one-destination");
				json.assertThat().extractingPath("$.verdicts[0].quote").isEqualTo("Rust plays it tight.");
				json.assertThat().extractingPath("$.page.totalElements").isEqualTo(3);
				json.assertThat().extractingPath("$.links.next").isNull();
				json.assertThat()
					.extractingPath("$.links.prev")
					.isEqualTo(
							"/api/verdicts?dimension=memory&source=two-roads-one-destination&winner=RUST&page=1&size=1");
			});
	}

	@Test
	void asksForTheFirstPageOfFiftyByDefault() {
		given(this.verdicts.find(List.of(), List.of(), List.of(), List.of(), PageRequest.of(0, 50)))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
		assertThat(this.mvc.get().uri("/api/verdicts")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.size")
			.isEqualTo(50);
		then(this.verdicts).should().find(List.of(), List.of(), List.of(), List.of(), PageRequest.of(0, 50));
	}

	@Test
	void rejectsPagesAndSizesOutOfRangeNamingTheParameter() {
		for (String query : List.of("size=0", "size=101", "page=-1")) {
			String parameter = query.substring(0, query.indexOf('='));
			assertThat(this.mvc.get().uri("/api/verdicts?winner=GO&" + query)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.parameter")
				.isEqualTo(parameter);
		}
		then(this.verdicts).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAnUnknownWinnerListingTheAllowedOnes() {
		assertThat(this.mvc.get().uri("/api/verdicts?winner=BOTH")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("winner");
				json.assertThat().extractingPath("$.allowedValues").isEqualTo(List.of("RUST", "GO", "TIE", "DEPENDS"));
			});
	}

	@Test
	void rejectsAnUnknownDimensionSlug() {
		assertThat(this.mvc.get().uri("/api/verdicts?dimension=vibes")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("dimension");
				json.assertThat().extractingPath("$.allowedValues").isEqualTo(List.of("memory"));
			});
	}

}
