package dev.rustvsgo.comparison;

import java.util.List;

import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimKind;
import dev.rustvsgo.claim.Favors;
import dev.rustvsgo.reference.Dimension;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.verdict.Basis;
import dev.rustvsgo.verdict.Verdict;
import dev.rustvsgo.verdict.Winner;
import dev.rustvsgo.web.cache.CacheConfiguration;
import dev.rustvsgo.web.cache.ResponseCache;
import dev.rustvsgo.web.problem.ResourceNotFoundException;
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

@WebMvcTest(DimensionController.class)
@Import({ ResponseCache.class, CacheConfiguration.class })
class DimensionControllerTests {

	private static final Dimension CONCURRENCY = new Dimension("concurrency", "Concurrency", "How it runs at once.");

	private static final SourceRef ROADS = new SourceRef("two-roads-one-destination",
			"Rust vs. Go: Two Roads, One Destination");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ComparisonService comparisons;

	@Test
	void listsAPageOfDimensionsWithMetadataAndLinks() {
		given(this.comparisons.list(PageRequest.of(1, 1), List.of())).willReturn(
				new PageImpl<>(
						List.of(new DimensionSummary("concurrency", "Concurrency", "How it runs at once.",
								Consensus.of(List.of(Winner.GO, Winner.GO, Winner.DEPENDS)), 7)),
						PageRequest.of(1, 1), 3));
		assertThat(this.mvc.get().uri("/api/dimensions?page=1&size=1")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.dimensions[0].slug").isEqualTo("concurrency");
				json.assertThat().extractingPath("$.dimensions[0].consensus.leading").isEqualTo("GO");
				json.assertThat().extractingPath("$.dimensions[0].consensus.counts.go").isEqualTo(2);
				json.assertThat().extractingPath("$.dimensions[0].consensus.sourcesDisagree").isEqualTo(true);
				json.assertThat().extractingPath("$.dimensions[0].claimCount").isEqualTo(7);
				json.assertThat().extractingPath("$.page.number").isEqualTo(1);
				json.assertThat().extractingPath("$.page.totalElements").isEqualTo(3);
				json.assertThat().extractingPath("$.page.totalPages").isEqualTo(3);
				json.assertThat().extractingPath("$.links.prev").isEqualTo("/api/dimensions?page=0&size=1");
				json.assertThat().extractingPath("$.links.next").isEqualTo("/api/dimensions?page=2&size=1");
				json.assertThat().extractingPath("$.links.last").isEqualTo("/api/dimensions?page=2&size=1");
			});
	}

	@Test
	void asksForTheFirstPageOfFiftyByDefault() {
		given(this.comparisons.list(PageRequest.of(0, 50), List.of()))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
		assertThat(this.mvc.get().uri("/api/dimensions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.size")
			.isEqualTo(50);
		then(this.comparisons).should().list(PageRequest.of(0, 50), List.of());
	}

	@Test
	void rejectsPagesAndSizesOutOfRangeNamingTheParameter() {
		for (String query : List.of("size=0", "size=101", "page=-1")) {
			String parameter = query.substring(0, query.indexOf('='));
			String value = query.substring(query.indexOf('=') + 1);
			assertThat(this.mvc.get().uri("/api/dimensions?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.parameter").isEqualTo(parameter);
					json.assertThat().extractingPath("$.value").isEqualTo(value);
					json.assertThat()
						.extractingPath("$.detail")
						.asString()
						.startsWith("Invalid value '" + value + "' for parameter '" + parameter + "': must be ");
				});
		}
		then(this.comparisons).shouldHaveNoInteractions();
	}

	@Test
	void comparesOneDimensionWithFiltersPassedThrough() {
		Verdict verdict = new Verdict(7, ROADS, CONCURRENCY.toRef(), Winner.DEPENDS, "Either way.", "Choose your pain.",
				Basis.STATED, List.of(), null);
		Claim claim = new Claim(3, ROADS, CONCURRENCY.toRef(), Favors.GO, ClaimKind.ARGUMENT, "Goroutines are easy.",
				"Go is effortless.", null);
		given(this.comparisons.compare("concurrency", List.of("two-roads-one-destination"), List.of(Favors.GO),
				List.of()))
			.willReturn(new Comparison(CONCURRENCY, Consensus.of(List.of(Winner.DEPENDS)), List.of(verdict), List.of(),
					new Comparison.ClaimsBySide(List.of(), List.of(claim), List.of()), List.of()));
		assertThat(this.mvc.get().uri("/api/dimensions/concurrency?source=two-roads-one-destination&favors=GO"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.verdicts[0].quote").isEqualTo("Choose your pain.");
				json.assertThat().extractingPath("$.claims.go[0].source.slug").isEqualTo("two-roads-one-destination");
				json.assertThat().extractingPath("$.claims.rust").asArray().isEmpty();
			});
		then(this.comparisons).should()
			.compare("concurrency", List.of("two-roads-one-destination"), List.of(Favors.GO), List.of());
	}

	@Test
	void returnsNotFoundProblemNamingTheUnknownSlug() {
		given(this.comparisons.compare("telepathy", List.of(), List.of(), List.of()))
			.willThrow(ResourceNotFoundException.forSlug("dimension", "telepathy", "/api/dimensions"));
		assertThat(this.mvc.get().uri("/api/dimensions/telepathy")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.title").isEqualTo("Resource not found");
				json.assertThat().extractingPath("$.slug").isEqualTo("telepathy");
				json.assertThat().extractingPath("$.detail").asString().contains("'telepathy'");
			});
	}

	@Test
	void rejectsAnUnknownSideNamingTheParameterAndTheAllowedValues() {
		assertThat(this.mvc.get().uri("/api/dimensions/concurrency?favors=ZIG")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.parameter").isEqualTo("favors");
				json.assertThat().extractingPath("$.value").isEqualTo("ZIG");
				json.assertThat().extractingPath("$.allowedValues").isEqualTo(List.of("RUST", "GO", "NEITHER"));
			});
	}

}
