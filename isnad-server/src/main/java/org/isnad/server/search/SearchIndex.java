package org.isnad.server.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.isnad.core.model.Article;
import org.isnad.server.store.StoreException;

/**
 * The Lucene full-text index of the stored articles. It is derived data: the database is the
 * truth and {@link #reconcile} makes the index hold exactly the stored articles (after a crash
 * that came between a database commit and an index commit, say).
 *
 * <p>Fields: {@code id} (exact), {@code title} and {@code text} (folded and stemmed, stored; the
 * text with offsets in the postings, which are original-text offsets by construction of
 * {@link FoldingTokenizer}), {@code exact} (folded, not stemmed, boosted so that the word as typed
 * ranks before its inflections).
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String EXACT = "exact";
    /**
     * The longest query searched, in whitespace-separated words. Every word becomes a clause per
     * searched field (three), and Lucene refuses a query of more than
     * {@link IndexSearcher#getMaxClauseCount()} (1024) leaf clauses with an exception; 64 words is
     * far more than a search box needs and far below that limit.
     */
    public static final int MAX_QUERY_WORDS = 64;
    /** The longest query searched, in characters (a bound on parsing work as well). */
    public static final int MAX_QUERY_CHARS = 1_000;
    /**
     * The most leaf clauses a parsed query may have: one word that the analyzer splits into many
     * terms ({@code أ.ب.ت.ث...}) would otherwise slip past the word limit.
     */
    static final int MAX_QUERY_CLAUSES = 3 * MAX_QUERY_WORDS;
    private static final String TOO_LONG = "query too long: at most " + MAX_QUERY_WORDS + " words and "
            + MAX_QUERY_CHARS + " characters (الاستعلام طويل جدًا)";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;

    private SearchIndex(FSDirectory dir, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (creating if needed) the index in {@code path}; fails when another process holds it. */
    public static SearchIndex open(Path path) {
        Analyzer stemming = IsnadAnalyzer.stemming();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(stemming, Map.of(EXACT, IsnadAnalyzer.folding()));
        try {
            FSDirectory dir = FSDirectory.open(path);
            try {
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                return new SearchIndex(dir, writer, analyzer);
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new StoreException("the search index in " + path + " is in use by another process "
                        + "(a running server? ingest through its API instead)", e);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Adds or replaces {@code article}; visible to searches after {@link #commit()}. */
    public void put(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(EXACT, article.title() + "\n" + article.text(), Field.Store.NO));
        try {
            writer.updateDocument(new Term(ID, article.id()), doc);
        } catch (IOException e) {
            throw new StoreException("cannot index article " + article.id(), e);
        }
    }

    /** Makes every put durable and visible. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot commit the search index", e);
        }
    }

    /** Ids of the indexed articles (each once, however often it was indexed). */
    public Set<String> ids() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                Set<String> out = new HashSet<>();
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields fields = leaf.reader().storedFields();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        if (live == null || live.get(i)) {
                            out.add(fields.document(i, Set.of(ID)).get(ID));
                        }
                    }
                }
                return out;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the search index", e);
        }
    }

    /** Number of live documents. */
    public int size() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the search index", e);
        }
    }

    /**
     * Makes the index hold exactly {@code storedIds}: indexes the missing ones (loaded through
     * {@code load}), deletes the others, and commits. Returns how many documents changed.
     */
    public int reconcile(Set<String> storedIds, Function<Set<String>, Iterable<Article>> load) {
        Set<String> indexed = ids();
        Set<String> missing = new HashSet<>(storedIds);
        missing.removeAll(indexed);
        Set<String> extra = new HashSet<>(indexed);
        extra.removeAll(storedIds);
        try {
            for (String id : extra) {
                writer.deleteDocuments(new Term(ID, id));
            }
        } catch (IOException e) {
            throw new StoreException("cannot update the search index", e);
        }
        if (!missing.isEmpty()) {
            load.apply(missing).forEach(this::put);
        }
        commit();
        return missing.size() + extra.size();
    }

    /**
     * Ranked articles for a query in Lucene's classic syntax (words, "phrases", OR, -word); a query
     * that does not parse is searched as plain words. A query over {@link #MAX_QUERY_WORDS} words,
     * {@link #MAX_QUERY_CHARS} characters or {@link #MAX_QUERY_CLAUSES} terms is refused with a
     * {@link QueryTooLongException}.
     */
    public List<SearchHit> search(String queryText, int limit) {
        Query query = parse(queryText);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query, limit);
                int[] docs = new int[top.scoreDocs.length];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = top.scoreDocs[i].doc;
                }
                SpanHighlighter uh = new SpanHighlighter(UnifiedHighlighter.builder(s, analyzer)
                        .withFormatter(new SpanFormatter()).withMaxLength(MAX_HIGHLIGHT_CHARS));
                Object[] spans = docs.length == 0 ? new Object[0]
                        : uh.spans(new String[] {TEXT}, query, docs, new int[] {5}).get(TEXT);
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = s.getIndexReader().storedFields();
                for (int i = 0; i < docs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    Document d = stored.document(sd.doc, Set.of(ID, TITLE));
                    SpanFormatter.Spans sp = spans[i] instanceof SpanFormatter.Spans x ? x : new SpanFormatter.Spans(null, List.of());
                    hits.add(new SearchHit(d.get(ID), d.get(TITLE), sd.score, sp.snippet(), sp.matches()));
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            // not reachable within the limits above; kept so that a change to them stays a 400
            throw new QueryTooLongException(TOO_LONG);
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    Query parse(String queryText) {
        String q = queryText.strip();
        if (q.length() > MAX_QUERY_CHARS || q.split("\\s+").length > MAX_QUERY_WORDS) {
            throw new QueryTooLongException(TOO_LONG);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TEXT, EXACT, TITLE}, analyzer,
                Map.of(TEXT, 1f, EXACT, 2f, TITLE, 1.5f)) {
            /**
             * Fuzzy words ({@code word~}) rewritten as one constant-score clause, like wildcards,
             * rather than into up to 50 scored term clauses each, which could exceed Lucene's
             * clause limit at search time although the parsed query was small.
             */
            @Override
            protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
                String text = term.text();
                int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
                return new FuzzyQuery(term, edits, prefixLength, FuzzyQuery.defaultMaxExpansions,
                        FuzzyQuery.defaultTranspositions, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.OR);
        Query query;
        try {
            query = parser.parse(q);
        } catch (ParseException | RuntimeException e) {
            try {
                query = parser.parse(QueryParser.escape(q));
            } catch (ParseException | RuntimeException e2) {
                throw new IllegalArgumentException("cannot search for: " + q, e2);
            }
        }
        if (leafClauses(query) > MAX_QUERY_CLAUSES) {
            throw new QueryTooLongException(TOO_LONG);
        }
        return query;
    }

    /** Leaf clauses of {@code query}, counted as Lucene counts them against its clause limit. */
    static int leafClauses(Query query) {
        int[] n = new int[1];
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** A query refused for its size, before Lucene would refuse it. */
    public static final class QueryTooLongException extends IllegalArgumentException {
        QueryTooLongException(String message) {
            super(message);
        }
    }

    /** Opens up the object form of the highlights, which Lucene keeps protected. */
    private static final class SpanHighlighter extends UnifiedHighlighter {
        SpanHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> spans(String[] fields, Query query, int[] docs, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, maxPassages);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index", e);
        }
    }
}
