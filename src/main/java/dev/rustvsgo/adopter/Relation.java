package dev.rustvsgo.adopter;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an article says an organisation does with a language. */
@Schema(description = "USES (uses or builds with it), FUNDS, CREATED, MAINTAINS (maintains the language), HIRES (hires for it), MIGRATED_TO, MIGRATED_FROM.")
public enum Relation {

	/** Uses the language, or builds software with it. */
	USES,

	/** Funds or sponsors the language. */
	FUNDS,

	/** Created the language. */
	CREATED,

	/** Maintains the language (its stewardship, such as a foundation's). */
	MAINTAINS,

	/** Hires developers for the language. */
	HIRES,

	/** Moved software to the language. */
	MIGRATED_TO,

	/** Moved software away from the language. */
	MIGRATED_FROM

}
