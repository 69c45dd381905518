package dev.rustvsgo.claim;

import java.util.List;

import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SlugIndex;
import dev.rustvsgo.reference.Source;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.cache.CacheConfiguration;
import dev.rustvsgo.web.cache.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ClaimController.class)
@Import({ ResponseCache.class, CacheConfiguration.class })
class ClaimControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ClaimQueries claims;

	@MockitoBean
	private SourceCatalog sources;

	@MockitoBean
	private DimensionCatalog dimensions;

	@BeforeEach
	void catalogs() {
		SlugIndex<Source> sourceIndex = new SlugIndex<>("source", "/api/sources");
		sourceIndex.add(1, "two-roads-one-destination", new Source("two-roads-one-destination", null, null, null, null,
				"docs/sources/two-roads-one-destination.txt", "No author."));
		SlugIndex<Dimension> dimensionIndex = new SlugIndex<>("dimension", "/api/dimensions");
		dimensionIndex.add(3, "concurrency", new Dimension("concurrency", "Concurrency", "How it runs at once."));
		given(this.sources.index()).willReturn(sourceIndex);
		given(this.dimensions.index()).willReturn(dimensionIndex);
	}

	@Test
	void servesAPageWithMetadataAndLinks() {
		Claim claim = new Claim(9, new SourceRef("two-roads-one-destination", null),
				new DimensionRef("concurrency", "Concurrency"), Favors.GO, ClaimKind.FIGURE, "Go is used by 11%.",
				"11% of backend developers use Go", null);
		given(this.claims.find(any(), any()))
			.willReturn(new PageImpl<>(List.of(claim), PageRequest.of(1, 1, Sort.by("id")), 3));
		assertThat(this.mvc.get().uri("/api/claims?favors=GO&page=1&size=1")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.claims[0].quote").isEqualTo("11% of backend developers use Go");
				json.assertThat().extractingPath("$.page.totalElements").isEqualTo(3);
				json.assertThat().extractingPath("$.page.totalPages").isEqualTo(3);
				json.assertThat().extractingPath("$.links.next").isEqualTo("/api/claims?favors=GO&page=2&size=1");
				json.assertThat().extractingPath("$.links.prev").isEqualTo("/api/claims?favors=GO&page=0&size=1");
			});
	}

	@Test
	void rejectsAPageSizeAboveTheCap() {
		assertThat(this.mvc.get().uri("/api/claims?size=101")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("size");
				json.assertThat().extractingPath("$.detail").asString().contains("between 1 and 100");
			});
	}

	@Test
	void rejectsANegativePage() {
		assertThat(this.mvc.get().uri("/api/claims?page=-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("page");
	}

	@Test
	void rejectsANonNumericPageSize() {
		assertThat(this.mvc.get().uri("/api/claims?size=ten")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("size");
				json.assertThat().extractingPath("$.detail").asString().contains("whole number");
			});
	}

	@Test
	void rejectsAnUnknownSourceSlugListingTheKnownOnes() {
		assertThat(this.mvc.get().uri("/api/claims?source=hacker-news")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("source");
				json.assertThat().extractingPath("$.value").isEqualTo("hacker-news");
				json.assertThat().extractingPath("$.allowedValues").isEqualTo(List.of("two-roads-one-destination"));
			});
	}

}
