package dev.rustvsgo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of the comparison page again, with the fixture article of
 * {@link FixtureArticleTests} added through a second data location: the page shows
 * whatever articles the data holds, with no code change. One more test opens the
 * fixture's own quote in its own text.
 */
@TestPropertySource(properties = { FixtureArticleTests.LOCATIONS,
		"spring.datasource.url=jdbc:h2:mem:fixture-article-page;DB_CLOSE_DELAY=-1" })
// JUnit does not inherit the superclass's condition: without Chromium this class is
// skipped as well.
@EnabledIf(value = "dev.rustvsgo.ComparisonPageBrowserTests#chromiumInstalled",
		disabledReason = ComparisonPageBrowserTests.NO_CHROMIUM)
class FixtureArticleBrowserTests extends ComparisonPageBrowserTests {

	@Override
	String screenshotDirectory() {
		return "with-fixture-article";
	}

	@Test
	void fixtureArticleHasItsColumnAndItsQuoteOpensInItsText() throws IOException {
		JsonNode verdict = api("/api/verdicts?source=" + FixtureArticleTests.SLUG + "&dimension=concurrency")
			.get("verdicts")
			.get(0);
		open("/?dimension=concurrency");
		PlaywrightAssertions.assertThat(this.page.locator("#matrix thead")).containsText(FixtureArticleTests.TITLE);
		Locator cell = this.page.locator("#matrix td[data-verdict='" + verdict.get("id").asLong() + "']");
		PlaywrightAssertions.assertThat(cell).hasAttribute("data-winner", "GO");
		Locator fixtureVerdict = this.page.locator("#dimension-verdicts > li")
			.filter(new Locator.FilterOptions().setHasText(verdict.get("rationale").asString()));
		fixtureVerdict.locator("button.quote").first().click();
		PlaywrightAssertions.assertThat(this.page.locator("#article-dialog")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#article-title")).hasText(FixtureArticleTests.TITLE);
		assertThat(this.page.locator("#article-dialog #article-text mark").textContent())
			.isEqualTo("Verdict: for concurrency, Go wins.");
		String archived = Files.readString(Path.of(FixtureArticleTests.TEXT), StandardCharsets.UTF_8);
		assertThat(this.page.locator("#article-text").textContent()).isEqualTo(archived);
	}

}
