package dev.rustvsgo.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article's data file, {@code articles/<slug>.yaml} under a data location: the
 * article's metadata and everything extracted from it, in the article's order. The shape
 * is given by {@code db/data/schema/article.schema.json}; every quote is copied character
 * for character from the archived text named by {@code source.archiveFile}, and every
 * statement, rationale and condition is our own wording.
 *
 * @param source the article's metadata
 * @param verdicts the sides it takes, one per dimension at most
 * @param claims what it says, each with an explicit id that never changes (the public
 * {@code /api/claims/{id}})
 * @param recommendations what it recommends each language for
 * @param adoptions the organisations it names as users, creators, funders or employers
 */
public record ArticleFile(Source source, List<Verdict> verdicts, List<Claim> claims,
		List<Recommendation> recommendations, List<Adoption> adoptions) {

	public ArticleFile {
		verdicts = listOrEmpty(verdicts);
		claims = listOrEmpty(claims);
		recommendations = listOrEmpty(recommendations);
		adoptions = listOrEmpty(adoptions);
	}

	static <T> List<T> listOrEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * What the article says of itself; a field the article does not give is {@code null}
	 * and {@code metadataNote} says why.
	 *
	 * @param slug the public key, {@code /api/sources/{slug}}
	 * @param title the title as the article gives it
	 * @param author the author as the article names them
	 * @param publisher the publisher as the article names it
	 * @param publishedOn the publication date the article gives
	 * @param archiveFile the archived text, relative to the repository root
	 * @param seedFile the file it was archived from, in {@code shared/seeds/}
	 * @param metadataNote what the article gives and does not give of the above
	 */
	public record Source(String slug, String title, String author, String publisher, LocalDate publishedOn,
			String archiveFile, String seedFile, String metadataNote) {
	}

	/**
	 * A side the article takes on a dimension.
	 *
	 * @param id the public id, unique across all articles
	 * @param dimension a dimension's slug
	 * @param winner RUST, GO, TIE or DEPENDS
	 * @param basis STATED (the article words the comparison) or IMPLIED
	 * @param rationale why, in our words
	 * @param quote the article's words
	 * @param conditions for a DEPENDS verdict, what it depends on (at least one per side)
	 */
	public record Verdict(long id, String dimension, String winner, String basis, String rationale, String quote,
			List<Condition> conditions) {

		public Verdict {
			conditions = listOrEmpty(conditions);
		}

	}

	/**
	 * One condition of a DEPENDS verdict.
	 *
	 * @param statement the condition, in our words
	 * @param favors RUST or GO
	 * @param quote the article's words
	 */
	public record Condition(String statement, String favors, String quote) {
	}

	/**
	 * A statement the article makes.
	 *
	 * @param id the public id ({@code /api/claims/{id}}), unique across all articles
	 * @param dimension a dimension's slug
	 * @param favors RUST, GO or NEITHER
	 * @param kind FIGURE, ADOPTION or ARGUMENT
	 * @param statement the claim, in our words
	 * @param quote the article's words
	 * @param figures the numbers the claim quotes, typed
	 */
	public record Claim(long id, String dimension, String favors, String kind, String statement, String quote,
			List<Figure> figures) {

		public Claim {
			figures = listOrEmpty(figures);
		}

	}

	/**
	 * A number the article gives, as it gives it: a value, or a lower and/or upper bound,
	 * never converted.
	 *
	 * @param id the public id, unique across all articles
	 * @param metric what is measured (a slug such as {@code crates-io-packages})
	 * @param subject RUST, GO or BOTH
	 * @param value the value, when the article gives one
	 * @param lower the lower bound of a range or an open bound ("140,000+")
	 * @param upper the upper bound ("2-4 weeks", "within a week")
	 * @param unit the unit as the article counts it
	 * @param approximate whether the article gives it as approximate ("~2KB")
	 * @param writtenAs for a number the article writes in words ("within a week", "seven
	 * years"): the words, by field ({@code value}, {@code lower}, {@code upper})
	 * @param statement the figure, in our words
	 * @param quote the article's words
	 */
	public record Figure(long id, String metric, String subject, BigDecimal value, BigDecimal lower, BigDecimal upper,
			String unit, boolean approximate, Map<String, String> writtenAs, String statement, String quote) {

		public Figure {
			writtenAs = (writtenAs != null) ? Map.copyOf(writtenAs) : Map.of();
		}

	}

	/**
	 * The article recommends a language (or both) for a use case.
	 *
	 * @param id unique across all articles; orders the recommendations
	 * @param useCase a use case's slug
	 * @param language RUST, GO or BOTH
	 * @param statement the recommendation, in our words
	 * @param quote the article's words
	 */
	public record Recommendation(long id, String useCase, String language, String statement, String quote) {
	}

	/**
	 * The article says an organisation does something with a language.
	 *
	 * @param id unique across all articles; orders the statements
	 * @param organisation an organisation's slug
	 * @param language RUST or GO
	 * @param relation USES, FUNDS, CREATED, MAINTAINS, HIRES, MIGRATED_TO or
	 * MIGRATED_FROM
	 * @param purpose what for, where the article says
	 * @param statement the statement, in our words
	 * @param quote the article's words
	 */
	public record Adoption(long id, String organisation, String language, String relation, String purpose,
			String statement, String quote) {
	}

}
