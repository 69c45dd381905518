package dev.rustvsgo.adopter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * The organisations the articles name and what they say about them, read once from the
 * database when the application starts (two SQL statements, after Flyway has loaded the
 * data) into immutable in-memory lists; every method answers from them, without the
 * database.
 */
@Service
public class AdopterQueries {

	/**
	 * Every organisation by slug, in slug order, with its statements in article order.
	 */
	private final Map<String, AdopterDetail> adopters;

	/** Every organisation in slug order with the languages it is named under. */
	private final List<AdopterSummary> summaries;

	AdopterQueries(OrganisationRepository organisations, AdoptionRepository adoptions, SourceCatalog sources,
			Anchors anchors) {
		Map<Long, List<AdoptionStatement>> byOrganisation = new LinkedHashMap<>();
		for (AdoptionEntity row : adoptions.findAllByOrderByIdAsc()) {
			SourceRef source = sources.refOf(row.getSourceId());
			byOrganisation.computeIfAbsent(row.getOrganisationId(), (id) -> new ArrayList<>())
				.add(new AdoptionStatement(source, row.getLanguage(), row.getRelation(), row.getPurpose(),
						row.getStatement(), row.getQuote(), anchors.of(source.slug(), row.getQuote())));
		}
		Map<String, AdopterDetail> adopters = new LinkedHashMap<>();
		List<AdopterSummary> summaries = new ArrayList<>();
		for (OrganisationEntity entity : organisations.findAllByOrderBySlugAsc()) {
			Organisation organisation = entity.toOrganisation();
			List<AdoptionStatement> statements = List.copyOf(byOrganisation.getOrDefault(entity.getId(), List.of()));
			adopters.put(organisation.slug(), new AdopterDetail(organisation, statements));
			int rust = count(statements, Language.RUST);
			int go = count(statements, Language.GO);
			List<Language> named = new ArrayList<>();
			if (rust > 0) {
				named.add(Language.RUST);
			}
			if (go > 0) {
				named.add(Language.GO);
			}
			summaries.add(
					new AdopterSummary(organisation, List.copyOf(named), new AdopterSummary.StatementCounts(rust, go)));
		}
		this.adopters = Collections.unmodifiableMap(adopters);
		this.summaries = List.copyOf(summaries);
	}

	/**
	 * Every organisation with its languages, in slug order.
	 * @param languages only organisations named under one of these (BOTH: under both);
	 * empty for all
	 */
	AdopterList list(List<Language> languages) {
		return new AdopterList(this.summaries.stream()
			.filter((adopter) -> languages.isEmpty() || languages.stream()
				.anyMatch((language) -> (language == Language.BOTH) ? adopter.languages().size() == 2
						: adopter.languages().contains(language)))
			.toList());
	}

	/** One organisation with its statements; 404 when unknown. */
	AdopterDetail get(String slug) {
		AdopterDetail adopter = this.adopters.get(slug);
		if (adopter == null) {
			throw ResourceNotFoundException.forSlug("adopter", slug, "/api/adopters");
		}
		return adopter;
	}

	/** Every organisation with its statements, in slug order. */
	public List<AdopterDetail> all() {
		return List.copyOf(this.adopters.values());
	}

	private static int count(List<AdoptionStatement> statements, Language language) {
		return (int) statements.stream().filter((statement) -> statement.language() == language).count();
	}

}
