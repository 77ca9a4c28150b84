package com.baowen.index;

import com.baowen.BaowenException;
import com.baowen.ingest.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Lucene index on disk: chunks (BM25 + HNSW), articles with sentence vectors, and file markers.
 * Searches see only committed states through a {@link SearcherManager}, so they never see a
 * half-built index and never wait for indexing. Thread-safe; writes go through one
 * {@link IndexUpdate} at a time.
 */
public final class LuceneIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

    private final Path path;
    private final Directory directory;
    private final IndexMetadata metadata;
    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer perField = Analyzers.perField(words, bigrams);
    private final SearcherManager searchers;
    private final LexicalQuery lexical = new LexicalQuery(words, bigrams);

    private LuceneIndex(Path path, Directory directory, IndexMetadata metadata) throws IOException {
        this.path = path;
        this.directory = directory;
        this.metadata = metadata;
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code path}, creating it when there is none. An index built with other
     * settings (model, dimension, chunking, schema) is emptied so it is rebuilt, with a log line
     * saying why.
     */
    public static LuceneIndex open(Path path, IndexMetadata wanted) {
        try {
            Files.createDirectories(path);
            Directory dir = FSDirectory.open(path);
            try {
                if (!DirectoryReader.indexExists(dir)) {
                    LOG.info("creating a new index in {}", path);
                    create(dir, wanted);
                } else {
                    IndexMetadata found = IndexMetadata.fromUserData(SegmentInfos.readLatestCommit(dir).getUserData());
                    List<String> why = found == null ? List.of("it has no Baowen metadata") : found.differences(wanted);
                    if (!why.isEmpty()) {
                        LOG.warn("rebuilding the index in {} because {}", path, String.join(", ", why));
                        create(dir, wanted);
                    }
                }
                return new LuceneIndex(path, dir, wanted);
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BaowenException("cannot open index " + path + ": " + e.getMessage(), e);
        }
    }

    /** An empty index with only metadata, committed, replacing whatever was there. */
    private static void create(Directory dir, IndexMetadata meta) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            w.setLiveCommitData(meta.toUserData().entrySet());
            w.commit();
        }
    }

    public IndexMetadata metadata() {
        return metadata;
    }

    /** Starts the one write session; it commits only when asked. */
    @Override
    public ArticleStore.Writer writer() {
        IndexWriterConfig cfg = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        try {
            return new IndexUpdate(new IndexWriter(directory, cfg), metadata, this::refresh);
        } catch (IOException e) {
            throw new BaowenException("cannot write index " + path + " (is another Baowen indexing it?): " + e.getMessage(), e);
        }
    }

    /** Makes the latest commit visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 and vector candidates from one committed view.
     *
     * @param question   the question text
     * @param weights    weights of the BM25 fields
     * @param vector     the question's vector, or {@code null} for BM25 only
     * @param lexicalN   BM25 chunks wanted (0 for none)
     * @param semanticN  nearest chunks wanted from HNSW (0 for none)
     */
    public Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN) {
        return search(question, weights, vector, lexicalN, semanticN, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * BM25 and vector candidates from one committed view, only from articles dated {@code fromDay..toDay}
     * (days since 1970-01-01, inclusive; {@code Integer.MIN_VALUE..MAX_VALUE} for no limit, which also keeps
     * undated articles).
     */
    public Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN,
                             int fromDay, int toDay) {
        boolean filtered = fromDay != Integer.MIN_VALUE || toDay != Integer.MAX_VALUE;
        Query days = filtered ? IntPoint.newRangeQuery(IndexFields.DAY, fromDay, toDay) : null;
        return withSearcher(s -> {
            List<ChunkMatch> lex = List.of();
            if (lexicalN > 0) {
                Query q = lexical.build(question, weights);
                if (days != null) {
                    q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(days, BooleanClause.Occur.FILTER).build();
                }
                lex = matches(s, q, lexicalN);
            }
            List<ChunkMatch> sem = semanticN > 0 && vector != null
                    ? matches(s, new KnnFloatVectorQuery(IndexFields.VECTOR, Vectors.unit(vector), semanticN, days), semanticN)
                    : List.of();
            return new Candidates(lex, sem);
        });
    }

    private static List<ChunkMatch> matches(IndexSearcher s, Query q, int n) throws IOException {
        ScoreDoc[] hits = s.search(q, n).scoreDocs;
        StoredFields stored = s.storedFields();
        List<ChunkMatch> out = new ArrayList<>(hits.length);
        for (ScoreDoc h : hits) {
            out.add(Documents.toChunkMatch(stored.document(h.doc), out.size(), h.score));
        }
        return out;
    }

    public Optional<Article> article(String id) {
        return articleDoc(id).map(Documents::toArticle);
    }

    /** The article's sentence vectors, in text order; empty for an unknown id. */
    public List<SentenceVector> sentences(String id) {
        return articleDoc(id).map(Documents::toSentences).orElse(List.of());
    }

    private Optional<Document> articleDoc(String id) {
        return withSearcher(s -> {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(typeQuery(IndexFields.TYPE_ARTICLE), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.FILTER)
                    .build();
            ScoreDoc[] hits = s.search(q, 1).scoreDocs;
            return hits.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(hits[0].doc));
        });
    }

    /** Articles in index order. */
    public List<Article> articles(int offset, int limit) {
        return withSearcher(s -> {
            int count = s.count(typeQuery(IndexFields.TYPE_ARTICLE));
            if (offset >= count) {
                return List.<Article>of();
            }
            // offset + limit may overflow; never ask for more than there are
            ScoreDoc[] hits = s.search(typeQuery(IndexFields.TYPE_ARTICLE), (int) Math.min((long) offset + limit, count)).scoreDocs;
            StoredFields stored = s.storedFields();
            List<Article> out = new ArrayList<>();
            for (int i = offset; i < hits.length; i++) {
                out.add(Documents.toArticle(stored.document(hits[i].doc)));
            }
            return out;
        });
    }

    public int articleCount() {
        return withSearcher(s -> s.count(typeQuery(IndexFields.TYPE_ARTICLE)));
    }

    /**
     * As {@link SearchIndex#sourceSummaries()}, from the index's terms and doc values: no article is read, so the
     * files of 10k articles are listed in about 10 ms, not the 200 ms it took to read them all (README, "Documents:
     * upload, follow, list, delete").
     */
    @Override
    public List<SourceSummary> sourceSummaries() {
        return withSearcher(s -> {
            Map<String, long[]> bySource = new java.util.TreeMap<>(); // SourceSummary.tally() by source
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                LeafReader leaf = ctx.reader();
                PostingsEnum articles = leaf.postings(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE), PostingsEnum.NONE);
                Terms sources = leaf.terms(IndexFields.SOURCE);
                if (articles == null || sources == null) {
                    continue;
                }
                Bits live = leaf.getLiveDocs();
                FixedBitSet isArticle = new FixedBitSet(leaf.maxDoc());
                for (int d = articles.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = articles.nextDoc()) {
                    if (live == null || live.get(d)) {
                        isArticle.set(d);
                    }
                }
                long[][] of = new long[leaf.maxDoc()][];
                TermsEnum te = sources.iterator();
                PostingsEnum docs = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    long[] summary = null;
                    docs = te.postings(docs, PostingsEnum.NONE);
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (isArticle.get(d)) {
                            if (summary == null) {
                                summary = bySource.computeIfAbsent(t.utf8ToString(), k -> SourceSummary.tally());
                            }
                            summary[0]++;
                            of[d] = summary;
                        }
                    }
                }
                NumericDocValues days = leaf.getNumericDocValues(IndexFields.DAY);
                if (days != null) {
                    for (int d = days.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = days.nextDoc()) {
                        if (of[d] != null) {
                            long day = days.longValue();
                            of[d][1] = Math.min(of[d][1], day);
                            of[d][2] = Math.max(of[d][2], day);
                        }
                    }
                }
            }
            return SourceSummary.list(bySource);
        });
    }

    public int chunkCount() {
        return withSearcher(s -> s.count(typeQuery(IndexFields.TYPE_CHUNK)));
    }

    /** Committed source files marked completely indexed, and the digest each was indexed at. */
    @Override
    public Map<String, String> files() {
        return withSearcher(s -> {
            Map<String, String> out = new HashMap<>();
            for (Document d : all(s, typeQuery(IndexFields.TYPE_FILE))) {
                out.put(d.get(IndexFields.SOURCE), d.get(IndexFields.SHA256));
            }
            return out;
        });
    }

    @Override
    public Set<String> sources() {
        return withSearcher(s -> {
            Set<String> out = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexFields.SOURCE);
            if (terms == null) {
                return out;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Term term = new Term(IndexFields.SOURCE, BytesRef.deepCopyOf(t));
                if (s.count(new TermQuery(term)) > 0) { // terms of deleted documents linger until a merge
                    out.add(term.text());
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, String> articleHashes(String source) {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(typeQuery(IndexFields.TYPE_ARTICLE), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.SOURCE, source)), BooleanClause.Occur.FILTER)
                    .build();
            Map<String, String> out = new HashMap<>();
            StoredFields stored = s.storedFields();
            Set<String> wanted = Set.of(IndexFields.ID, IndexFields.CONTENT_HASH);
            for (int doc : docIds(s, q)) {
                Document d = stored.document(doc, wanted);
                out.put(d.get(IndexFields.ID), d.get(IndexFields.CONTENT_HASH));
            }
            return out;
        });
    }

    @Override
    public Optional<String> sourceOf(String articleId) {
        return withSearcher(s -> {
            ScoreDoc[] hits = s.search(new TermQuery(new Term(IndexFields.ARTICLE_ID, articleId)), 1).scoreDocs;
            return hits.length == 0 ? Optional.<String>empty()
                    : Optional.ofNullable(s.storedFields().document(hits[0].doc, Set.of(IndexFields.SOURCE)).get(IndexFields.SOURCE));
        });
    }

    private static List<Document> all(IndexSearcher s, Query q) throws IOException {
        StoredFields stored = s.storedFields();
        List<Document> out = new ArrayList<>();
        for (int doc : docIds(s, q)) {
            out.add(stored.document(doc));
        }
        return out;
    }

    /** The live documents matching {@code q}, unscored, without a results queue the size of the index. */
    private static List<Integer> docIds(IndexSearcher s, Query q) throws IOException {
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<Integer> out = new ArrayList<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    out.add(leaf.docBase + d);
                }
            }
        }
        return out;
    }

    /** Bytes the index takes on disk. */
    public long sizeBytes() {
        try {
            long total = 0;
            for (String f : directory.listAll()) {
                total += directory.fileLength(f);
            }
            return total;
        } catch (IOException e) {
            throw new BaowenException("cannot measure index " + path + ": " + e.getMessage(), e);
        }
    }

    private static Query typeQuery(String type) {
        return new TermQuery(new Term(IndexFields.TYPE, type));
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new BaowenException("cannot search index " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new BaowenException("cannot close index " + path + ": " + e.getMessage(), e);
        }
    }
}
