package dev.rustvsgo.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Names the dimension a claim or verdict is about.
 *
 * @param slug the dimension slug, as used by {@code /api/dimensions/{slug}}
 * @param name display name
 */
@Schema(description = "The dimension a claim or verdict is about.")
public record DimensionRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "concurrency") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Concurrency") String name) {
}
