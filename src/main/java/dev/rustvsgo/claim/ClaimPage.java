package dev.rustvsgo.claim;

import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of claims.
 *
 * @param claims the claims on this page, in the requested order (article order, by id, by
 * default)
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of claims (article order by default), with page metadata and links.")
public record ClaimPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Claim> claims,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {
}
