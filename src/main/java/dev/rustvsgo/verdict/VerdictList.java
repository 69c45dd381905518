package dev.rustvsgo.verdict;

import java.util.List;

import dev.rustvsgo.web.csv.CsvTable;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the verdicts matching a filter.
 *
 * @param verdicts the verdicts on this page, in dimension display order, then by source
 * slug
 * @param page where this page sits in the whole result
 * @param links links to this, the first, previous, next and last page
 */
@Schema(description = "One page of verdicts in dimension display order, then by source slug, with page metadata and links.")
public record VerdictList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Verdict> verdicts,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageInfo page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) implements CsvTable {

	@Override
	public List<String> csvHeader() {
		return List.of("id", "source", "dimension", "winner", "basis", "rationale", "quote", "conditions");
	}

	/**
	 * One row per verdict of the page, every field flat; the conditions of a DEPENDS
	 * verdict in one field, each as {@code SIDE: condition}, separated by {@code " | "}.
	 */
	@Override
	public List<List<Object>> csvRows() {
		return this.verdicts.stream()
			.map((verdict) -> List.<Object>of(verdict.id(), verdict.source().slug(), verdict.dimension().slug(),
					verdict.winner(), verdict.basis(), verdict.rationale(), verdict.quote(),
					String.join(" | ",
							verdict.conditions()
								.stream()
								.map((condition) -> condition.favors() + ": " + condition.condition())
								.toList())))
			.toList();
	}

	@Override
	public String csvFileName() {
		return "rust-vs-go-verdicts.csv";
	}

}
