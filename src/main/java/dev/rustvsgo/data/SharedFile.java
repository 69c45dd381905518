package dev.rustvsgo.data;

import java.util.List;

/**
 * A shared data file: a vocabulary the articles' files refer to by slug
 * ({@code dimensions.yaml}, {@code use-cases.yaml}, {@code organisations.yaml}) or the
 * curated contradictions between claims ({@code contradictions.yaml}). Each file holds
 * one of the lists; their shapes are given by {@code db/data/schema/*.schema.json}.
 *
 * @param dimensions the dimensions, in display order
 * @param useCases the use cases, in display order
 * @param organisations the organisations
 * @param contradictions the curated contradictions, in display order
 */
public record SharedFile(List<Term> dimensions, List<Term> useCases, List<Organisation> organisations,
		List<Contradiction> contradictions) {

	public SharedFile {
		dimensions = ArticleFile.listOrEmpty(dimensions);
		useCases = ArticleFile.listOrEmpty(useCases);
		organisations = ArticleFile.listOrEmpty(organisations);
		contradictions = ArticleFile.listOrEmpty(contradictions);
	}

	/**
	 * A dimension or a use case.
	 *
	 * @param slug the public key
	 * @param name the display name
	 * @param description what it covers
	 */
	public record Term(String slug, String name, String description) {
	}

	/**
	 * An organisation the articles name.
	 *
	 * @param slug the public key, {@code /api/adopters/{slug}}
	 * @param name the name as the articles write it
	 */
	public record Organisation(String slug, String name) {
	}

	/**
	 * Claims that contradict each other though they share no metric.
	 *
	 * @param slug a stable key
	 * @param dimension a dimension's slug
	 * @param summary the question in one line, in our words
	 * @param reason why the claims contradict each other, in our words
	 * @param claims the claim ids of the sides, in order
	 */
	public record Contradiction(String slug, String dimension, String summary, String reason, List<Long> claims) {

		public Contradiction {
			claims = ArticleFile.listOrEmpty(claims);
		}

	}

}
