package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.dimension.Dimension;
import dev.rustvsgo.dimension.DimensionCatalog;
import dev.rustvsgo.source.Source;
import dev.rustvsgo.source.SourceCatalog;
import dev.rustvsgo.web.SlugIndex;
import org.junit.jupiter.api.BeforeEach;
import dev.rustvsgo.web.CacheConfiguration;
import dev.rustvsgo.web.JsonResponseCache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(VerdictController.class)
@Import({ JsonResponseCache.class, CacheConfiguration.class })
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
	void filtersBySlugsResolvedToIdsAndByWinner() {
		given(this.verdicts.find(List.of(5L), List.of(2L), List.of(Winner.RUST))).willReturn(List
			.of(new Verdict(ROADS.toRef(), MEMORY.toRef(), Winner.RUST, "No GC pauses.", "Rust plays it tight.")));
		assertThat(this.mvc.get().uri("/api/verdicts?dimension=memory&source=two-roads-one-destination&winner=RUST"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.verdicts[0].source.slug").isEqualTo("two-roads-one-destination");
				json.assertThat().extractingPath("$.verdicts[0].quote").isEqualTo("Rust plays it tight.");
			});
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
