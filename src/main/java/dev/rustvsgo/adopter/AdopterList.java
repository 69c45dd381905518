package dev.rustvsgo.adopter;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The organisations the articles name, by slug.
 *
 * @param adopters each organisation with its languages
 */
@Schema(description = "The organisations the articles name, ordered by slug.")
public record AdopterList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AdopterSummary> adopters) {
}
