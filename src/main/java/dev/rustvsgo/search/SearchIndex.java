package dev.rustvsgo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustvsgo.adopter.AdopterQueries;
import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.contradiction.ContradictionService;
import dev.rustvsgo.figure.FigureQueries;
import dev.rustvsgo.reference.DimensionCatalog;
import dev.rustvsgo.reference.Language;
import dev.rustvsgo.reference.SourceCatalog;
import dev.rustvsgo.usecase.UseCaseQueries;
import dev.rustvsgo.verdict.VerdictQueries;
import dev.rustvsgo.web.paging.PageInfo;
import dev.rustvsgo.web.paging.PageLinks;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The search index: every item that carries a quote ({@link SearchItems}), indexed once
 * at start-up into an in-memory Apache Lucene index from the in-memory model of the other
 * features (never from the database), and searched with BM25 over the statement, the
 * quote and, with half the weight, the item's topic (its dimension's, use case's or
 * organisation's name, a figure's metric). The index is immutable: it is searched by many
 * requests at once without locks.
 */
@Component
class SearchIndex {

	static final String STATEMENT = "statement";

	static final String QUOTE = "quote";

	static final String TOPIC = "topic";

	private static final String TYPE = "type";

	private static final String SOURCE = "source";

	private static final String DIMENSION = "dimension";

	private static final String LANGUAGE = "language";

	private static final String ORDINAL = "ordinal";

	/** The fields a query searches, with their weights. */
	private static final Map<String, Float> WEIGHTS = Map.of(STATEMENT, 1f, QUOTE, 1f, TOPIC, 0.5f);

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private final List<SearchItem> items;

	/** The item of each document, by Lucene document id. */
	private final int[] itemOfDocument;

	private final IndexSearcher searcher;

	private final Analyzer queryAnalysis = SearchAnalysis.query();

	/** The analysis of the indexed text, to find a query's words in a hit's text. */
	private final Analyzer indexAnalysis = SearchAnalysis.index();

	private final SourceCatalog sources;

	private final DimensionCatalog dimensions;

	SearchIndex(VerdictQueries verdicts, UseCaseQueries useCases, ClaimQueries claims, FigureQueries figures,
			AdopterQueries adopters, ContradictionService contradictions, SourceCatalog sources,
			DimensionCatalog dimensions) {
		long started = System.nanoTime();
		long bytes = 0;
		this.sources = sources;
		this.dimensions = dimensions;
		this.items = SearchItems.of(verdicts, useCases, claims, figures, adopters, contradictions);
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(SearchAnalysis.index()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
				for (int i = 0; i < this.items.size(); i++) {
					writer.addDocument(document(i, this.items.get(i)));
				}
				writer.forceMerge(1);
			}
			for (String file : directory.listAll()) {
				bytes += directory.fileLength(file);
			}
			DirectoryReader reader = DirectoryReader.open(directory);
			this.itemOfDocument = itemOfDocument(reader);
			this.searcher = new IndexSearcher(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the search index", ex);
		}
		logger.info("Search index: {} items indexed in {} ms ({} KB of index files in memory)", this.items.size(),
				(System.nanoTime() - started) / 1_000_000, bytes / 1024);
	}

	/** How many items the index holds. */
	int size() {
		return this.items.size();
	}

	/**
	 * One page of the items matching a query and the filters, best first, with the facets
	 * of the whole result.
	 * @param q the query ({@link QuerySyntax})
	 * @param types only these types; empty for all
	 * @param sourceSlugs only these sources; empty for all; 400 for an unknown slug
	 * @param dimensionSlugs only these dimensions; empty for all; 400 for an unknown slug
	 * @param languages only items for these languages; empty for all
	 */
	SearchResult search(String q, List<SearchType> types, List<String> sourceSlugs, List<String> dimensionSlugs,
			List<Language> languages, PageRequest page) {
		this.sources.index().idsOf(SOURCE, sourceSlugs);
		this.dimensions.index().idsOf(DIMENSION, dimensionSlugs);
		QuerySyntax.Parsed parsed = QuerySyntax.parse(q, this.queryAnalysis, WEIGHTS);
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed.query(), BooleanClause.Occur.MUST);
		filter(builder, TYPE, types.stream().map(Enum::name).toList());
		filter(builder, SOURCE, sourceSlugs);
		filter(builder, DIMENSION, dimensionSlugs);
		filter(builder, LANGUAGE, languages.stream().map(Enum::name).toList());
		Query query = builder.build();
		try {
			int wanted = (int) Math.min(page.getOffset() + page.getPageSize(), Math.max(1, this.items.size()));
			Object[] collected = this.searcher.search(query, new MultiCollectorManager(
					new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE), new FacetCounts.Manager(this)));
			TopDocs top = (TopDocs) collected[0];
			FacetCounts facets = (FacetCounts) collected[1];
			List<SearchHit> hits = hits(parsed.words(), top, page);
			PageImpl<SearchHit> result = new PageImpl<>(hits, page, top.totalHits.value());
			return new SearchResult(q, hits, facets.toFacets(), PageInfo.of(result), PageLinks.of(result));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<SearchHit> hits(QueryWords words, TopDocs top, PageRequest page) {
		List<SearchHit> hits = new ArrayList<>();
		for (int i = (int) Math.min(page.getOffset(), top.scoreDocs.length); i < top.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = top.scoreDocs[i];
			SearchItem item = this.items.get(this.itemOfDocument[scoreDoc.doc]);
			SearchHit.Highlights highlights = new SearchHit.Highlights(
					words.ranges(item.statement(), this.indexAnalysis), words.ranges(item.quote(), this.indexAnalysis));
			hits.add(item.toHit(Math.round(scoreDoc.score * 1000) / 1000.0, highlights));
		}
		return hits;
	}

	private static void filter(BooleanQuery.Builder builder, String field, Collection<String> values) {
		if (!values.isEmpty()) {
			builder.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.FILTER);
		}
	}

	private static Document document(int ordinal, SearchItem item) {
		Document document = new Document();
		document.add(new NumericDocValuesField(ORDINAL, ordinal));
		document.add(new StringField(TYPE, item.type().name(), Field.Store.NO));
		document.add(new StringField(SOURCE, item.source().slug(), Field.Store.NO));
		if (item.dimension() != null) {
			document.add(new StringField(DIMENSION, item.dimension().slug(), Field.Store.NO));
		}
		if (item.language() != null) {
			document.add(new StringField(LANGUAGE, item.language().name(), Field.Store.NO));
		}
		document.add(new TextField(STATEMENT, item.statement(), Field.Store.NO));
		document.add(new TextField(QUOTE, item.quote(), Field.Store.NO));
		document.add(new TextField(TOPIC, item.topicText(), Field.Store.NO));
		return document;
	}

	private static int[] itemOfDocument(DirectoryReader reader) throws IOException {
		int[] items = new int[reader.maxDoc()];
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
			for (int doc = ordinals.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
				items[leaf.docBase + doc] = (int) ordinals.longValue();
			}
		}
		return items;
	}

	/**
	 * Counts the matching items per type, source and dimension, over every match (a
	 * Lucene collector beside the one that keeps the best).
	 */
	private static final class FacetCounts extends SimpleCollector {

		private final SearchIndex index;

		private final Map<SearchType, Long> types = new EnumMap<>(SearchType.class);

		private final Map<String, Long> sources = new HashMap<>();

		private final Map<String, Long> dimensions = new HashMap<>();

		private int docBase;

		FacetCounts(SearchIndex index) {
			this.index = index;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			this.docBase = context.docBase;
		}

		@Override
		public void collect(int doc) {
			SearchItem item = this.index.items.get(this.index.itemOfDocument[this.docBase + doc]);
			this.types.merge(item.type(), 1L, Long::sum);
			this.sources.merge(item.source().slug(), 1L, Long::sum);
			if (item.dimension() != null) {
				this.dimensions.merge(item.dimension().slug(), 1L, Long::sum);
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		void add(FacetCounts other) {
			other.types.forEach((key, count) -> this.types.merge(key, count, Long::sum));
			other.sources.forEach((key, count) -> this.sources.merge(key, count, Long::sum));
			other.dimensions.forEach((key, count) -> this.dimensions.merge(key, count, Long::sum));
		}

		/** The counts, sources by slug and dimensions in display order. */
		SearchFacets toFacets() {
			Map<String, Long> bySource = new LinkedHashMap<>();
			this.index.sources.index().slugs().stream().sorted().forEach((slug) -> {
				if (this.sources.containsKey(slug)) {
					bySource.put(slug, this.sources.get(slug));
				}
			});
			Map<String, Long> byDimension = new LinkedHashMap<>();
			this.index.dimensions.index().slugs().forEach((slug) -> {
				if (this.dimensions.containsKey(slug)) {
					byDimension.put(slug, this.dimensions.get(slug));
				}
			});
			return new SearchFacets(new EnumMap<>(this.types), bySource, byDimension);
		}

		record Manager(SearchIndex index) implements CollectorManager<FacetCounts, FacetCounts> {

			@Override
			public FacetCounts newCollector() {
				return new FacetCounts(this.index);
			}

			@Override
			public FacetCounts reduce(Collection<FacetCounts> collectors) {
				FacetCounts total = new FacetCounts(this.index);
				collectors.forEach(total::add);
				return total;
			}

		}

	}

}
