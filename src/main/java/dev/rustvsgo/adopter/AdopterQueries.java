package dev.rustvsgo.adopter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustvsgo.reference.Anchors;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.reference.SourceRef;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisations the articles name and what they say about them. */
@Service
@Transactional(readOnly = true)
class AdopterQueries {

	private final OrganisationRepository organisations;

	private final AdoptionRepository adoptions;

	private final SourceCatalog sources;

	private final Anchors anchors;

	AdopterQueries(OrganisationRepository organisations, AdoptionRepository adoptions, SourceCatalog sources,
			Anchors anchors) {
		this.anchors = anchors;
		this.organisations = organisations;
		this.adoptions = adoptions;
		this.sources = sources;
	}

	/**
	 * Every organisation with its languages: two SQL statements.
	 * @param languages only organisations named under one of these (BOTH: under both);
	 * empty for all
	 */
	AdopterList list(List<Language> languages) {
		Map<Long, List<AdoptionEntity>> byOrganisation = this.adoptions.findAllByOrderByIdAsc()
			.stream()
			.collect(Collectors.groupingBy(AdoptionEntity::getOrganisationId));
		List<AdopterSummary> adopters = new ArrayList<>();
		for (OrganisationEntity organisation : this.organisations.findAllByOrderBySlugAsc()) {
			List<AdoptionEntity> rows = byOrganisation.getOrDefault(organisation.getId(), List.of());
			int rust = count(rows, Language.RUST);
			int go = count(rows, Language.GO);
			List<Language> named = new ArrayList<>();
			if (rust > 0) {
				named.add(Language.RUST);
			}
			if (go > 0) {
				named.add(Language.GO);
			}
			boolean both = rust > 0 && go > 0;
			if (languages.isEmpty() || languages.stream()
				.anyMatch((language) -> (language == Language.BOTH) ? both : named.contains(language))) {
				adopters.add(new AdopterSummary(organisation.toOrganisation(), named,
						new AdopterSummary.StatementCounts(rust, go)));
			}
		}
		return new AdopterList(adopters);
	}

	/** One organisation with its statements: two SQL statements; 404 when unknown. */
	AdopterDetail get(String slug) {
		OrganisationEntity organisation = this.organisations.findBySlug(slug)
			.orElseThrow(() -> ResourceNotFoundException.forSlug("adopter", slug, "/api/adopters"));
		List<AdoptionStatement> statements = this.adoptions.findByOrganisationIdOrderByIdAsc(organisation.getId())
			.stream()
			.map((row) -> {
				SourceRef source = this.sources.refOf(row.getSourceId());
				return new AdoptionStatement(source, row.getLanguage(), row.getRelation(), row.getPurpose(),
						row.getStatement(), row.getQuote(), this.anchors.of(source.slug(), row.getQuote()));
			})
			.toList();
		return new AdopterDetail(organisation.toOrganisation(), statements);
	}

	private static int count(List<AdoptionEntity> rows, Language language) {
		return (int) rows.stream().filter((row) -> row.getLanguage() == language).count();
	}

}
