package com.baowen.index;

import com.baowen.BaowenException;
import com.baowen.chunk.Chunker;
import com.baowen.embed.Embedder;
import com.baowen.ingest.Article;
import com.baowen.retrieve.EmbeddedSentence;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

    @Override
    public IndexMetadata metadata() {
        return metadata;
    }

    /**
     * Starts the one write session; it commits only when asked.
     *
     * @param titleInVector whether chunk vectors are computed from "title + newline + text"
     */
    @Override
    public IndexUpdate update(Embedder embedder, Chunker chunker, boolean titleInVector) {
        IndexWriterConfig cfg = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        try {
            return new IndexUpdate(new LuceneTarget(new IndexWriter(directory, cfg), this::refresh), metadata, embedder, chunker, titleInVector);
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
    @Override
    public Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN) {
        return withSearcher(s -> {
            List<ChunkMatch> lex = lexicalN > 0 ? matches(s, lexical.build(question, weights), lexicalN) : List.of();
            List<ChunkMatch> sem = semanticN > 0 && vector != null
                    ? matches(s, new KnnFloatVectorQuery(IndexFields.VECTOR, Vectors.unit(vector), semanticN), semanticN)
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

    @Override
    public Optional<Article> article(String id) {
        return articleDoc(id).map(Documents::toArticle);
    }

    /** The article's sentence vectors, in text order; empty for an unknown id. */
    @Override
    public List<EmbeddedSentence> sentences(String id) {
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
    @Override
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

    @Override
    public int articleCount() {
        return withSearcher(s -> s.count(typeQuery(IndexFields.TYPE_ARTICLE)));
    }

    @Override
    public int chunkCount() {
        return withSearcher(s -> s.count(typeQuery(IndexFields.TYPE_CHUNK)));
    }

    /** Committed source files and the sha256 each was indexed at. */
    @Override
    public Map<String, String> files() {
        return withSearcher(s -> {
            Map<String, String> out = new HashMap<>();
            ScoreDoc[] hits = s.search(typeQuery(IndexFields.TYPE_FILE), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs;
            StoredFields stored = s.storedFields();
            for (ScoreDoc h : hits) {
                Document d = stored.document(h.doc);
                out.put(d.get(IndexFields.SOURCE), d.get(IndexFields.SHA256));
            }
            return out;
        });
    }

    /** Bytes the index takes on disk. */
    @Override
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
