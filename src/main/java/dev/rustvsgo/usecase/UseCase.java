package dev.rustvsgo.usecase;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A kind of work the articles recommend a language for.
 *
 * @param slug the use case's identifier, as used by {@code /api/use-cases/{slug}}
 * @param name its display name
 * @param description what it covers, in this project's words
 */
@Schema(description = "A kind of work the articles recommend a language for.")
public record UseCase(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "cli-tools") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Command-line tools") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description) {
}
