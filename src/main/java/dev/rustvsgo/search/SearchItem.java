package dev.rustvsgo.search;

import dev.rustvsgo.reference.Anchor;
import dev.rustvsgo.reference.DimensionRef;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceRef;

/**
 * One indexed item: what a hit shows, and the words of its topic, which are searched but
 * not shown (a dimension's, use case's or organisation's name, a figure's metric, a
 * contradiction's reason).
 */
record SearchItem(SearchType type, Long id, String link, SourceRef source, DimensionRef dimension, SearchTopic about,
		Language language, String statement, String quote, Anchor anchor, String topicText) {

	SearchHit toHit(double score, SearchHit.Highlights highlights) {
		return new SearchHit(this.type, this.id, this.link, this.source, this.dimension, this.about, this.language,
				this.statement, this.quote, this.anchor, score, highlights);
	}

}
