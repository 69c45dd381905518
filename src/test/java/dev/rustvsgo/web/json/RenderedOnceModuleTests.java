package dev.rustvsgo.web.json;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustvsgo.claim.Claim;
import dev.rustvsgo.claim.ClaimKind;
import dev.rustvsgo.claim.Favors;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.SourceRef;
import org.junit.jupiter.api.Test;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON rendered once per instance is the JSON Jackson writes alone, wherever the instance
 * appears; where the output depends on more than the instance, it is rendered again.
 */
class RenderedOnceModuleTests {

	private static final SourceRef SOURCE = new SourceRef("two-roads-one-destination",
			"Rust vs. Go: Two Roads, One Destination");

	/** Claim 118 of two-roads-one-destination.yaml (without its anchor). */
	private static final Claim DISCORD = new Claim(118, SOURCE, new DimensionRef("memory", "Memory"), Favors.RUST,
			ClaimKind.FIGURE,
			"Discord's Go service showed latency spikes every two minutes, caused by garbage collection pauses.",
			"saw latency spikes every two minutes. The culprit? Garbage collection pauses.", null);

	/** Claim 117 of two-roads-one-destination.yaml (without its anchor). */
	private static final Claim DISCORD_RAN_GO = new Claim(117, SOURCE, new DimensionRef("adoption", "Adoption"),
			Favors.GO, ClaimKind.ADOPTION, "Discord ran a service written in Go.", "Ask Discord. They ran a Go service",
			null);

	private final JsonMapper plain = JsonMapper.builder().build();

	private final Cache<Object, SerializedString> rendered = Caffeine.newBuilder()
		.weakKeys()
		.maximumWeight(1 << 20)
		.weigher((Object item, SerializedString json) -> 3 * json.charLength())
		.recordStats()
		.build();

	private final JsonMapper renderedOnce = JsonMapper.builder()
		.addModule(new RenderedOnceModule(this.rendered))
		.build();

	@Test
	void writesWhatJacksonWritesAloneAndReusesIt() {
		Holder holder = new Holder(DISCORD, List.of(DISCORD, DISCORD_RAN_GO, DISCORD));
		String expected = this.plain.writeValueAsString(holder);
		assertThat(this.renderedOnce.writeValueAsString(holder)).isEqualTo(expected);
		assertThat(new String(this.renderedOnce.writeValueAsBytes(holder), StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(expected).contains("\"statement\":\"Discord ran a service written in Go.\"");
		assertThat(this.rendered.estimatedSize()).isEqualTo(2);
		assertThat(this.rendered.stats().missCount()).isEqualTo(2);
		assertThat(this.rendered.stats().hitCount()).isEqualTo(6);
	}

	@Test
	void rendersAgainWhereThePropertyChangesTheOutput() {
		WithoutQuotes holder = new WithoutQuotes(DISCORD, List.of(DISCORD_RAN_GO));
		this.renderedOnce.writeValueAsString(List.of(DISCORD, DISCORD_RAN_GO));
		String written = this.renderedOnce.writeValueAsString(holder);
		assertThat(written).isEqualTo(this.plain.writeValueAsString(holder)).doesNotContain("\"quote\"");
	}

	@Test
	void rendersAgainForIndentationViewsAndTrees() {
		Holder holder = new Holder(DISCORD, List.of(DISCORD_RAN_GO));
		this.renderedOnce.writeValueAsString(holder);
		assertThat(this.renderedOnce.writerWithDefaultPrettyPrinter().writeValueAsString(holder))
			.isEqualTo(this.plain.writerWithDefaultPrettyPrinter().writeValueAsString(holder))
			.contains("\n");
		assertThat(this.renderedOnce.writerWithView(Object.class).writeValueAsString(holder))
			.isEqualTo(this.plain.writerWithView(Object.class).writeValueAsString(holder));
		JsonNode tree = this.renderedOnce.valueToTree(holder);
		assertThat(tree.toString()).isEqualTo(this.plain.valueToTree(holder).toString())
			.contains("\"statement\":\"Discord ran a service written in Go.\"");
	}

	@Test
	void writesTheSameWhenNothingIsKept() {
		JsonMapper keepsNothing = JsonMapper.builder()
			.addModule(new RenderedOnceModule(Caffeine.newBuilder().weakKeys().maximumSize(0).build()))
			.build();
		List<Claim> claims = List.of(DISCORD, DISCORD_RAN_GO);
		assertThat(keepsNothing.writeValueAsString(claims)).isEqualTo(this.plain.writeValueAsString(claims));
		assertThat(keepsNothing.writeValueAsString(claims)).isEqualTo(this.plain.writeValueAsString(claims));
	}

	record Holder(Claim first, List<Claim> all) {
	}

	record WithoutQuotes(@JsonIgnoreProperties("quote") Claim first, @JsonIgnoreProperties( {
			"quote", "source" }) List<Claim> all){
	}

}
