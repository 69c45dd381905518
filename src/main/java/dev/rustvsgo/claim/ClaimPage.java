package dev.rustvsgo.claim;

import java.util.List;

import dev.rustvsgo.web.csv.CsvTable;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
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
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) implements CsvTable {

	@Override
	public List<String> csvHeader() {
		return List.of("id", "source", "dimension", "favors", "kind", "statement", "quote");
	}

	/** One row per claim of the page, every field flat. */
	@Override
	public List<List<Object>> csvRows() {
		return this.claims.stream()
			.map((claim) -> List.<Object>of(claim.id(), claim.source().slug(), claim.dimension().slug(), claim.favors(),
					claim.kind(), claim.statement(), claim.quote()))
			.toList();
	}

	@Override
	public String csvFileName() {
		return "rust-vs-go-claims.csv";
	}

}
