package dev.rustvsgo.adopter;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One organisation and every statement the articles make about it.
 *
 * @param organisation the organisation
 * @param statements every mention, in article order
 */
@Schema(description = "One organisation and every statement the articles make about it, each naming its source.")
public record AdopterDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Organisation organisation,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AdoptionStatement> statements) {
}
