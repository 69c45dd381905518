package dev.rustvsgo.source;

import java.util.List;

import dev.rustvsgo.reference.Source;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every archived article.
 *
 * @param sources the articles, ordered by slug
 */
@Schema(description = "Every archived article, ordered by slug.")
public record SourceList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Source> sources) {
}
