package dev.rustvsgo.adopter;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A company, foundation or project an article names as using, creating, funding or hiring
 * for a language.
 *
 * @param slug its identifier, as used by {@code /api/adopters/{slug}}
 * @param name its name as the articles write it
 */
@Schema(description = "An organisation the articles name under one or both languages.")
public record Organisation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "dropbox") String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Dropbox") String name) {
}
