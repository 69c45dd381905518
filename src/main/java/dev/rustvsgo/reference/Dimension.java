package dev.rustvsgo.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An axis the articles compare Rust and Go on.
 *
 * @param slug stable identifier used in URLs and filters
 * @param name display name
 * @param description one line saying what the dimension covers
 */
@Schema(description = "An axis the articles compare Rust and Go on.")
public record Dimension(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "concurrency") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Concurrency") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Concurrency model: goroutines and channels versus threads, async/await and executors.") String description) {

	/** The short reference used inside claims and verdicts. */
	public DimensionRef toRef() {
		return new DimensionRef(this.slug, this.name);
	}

}
