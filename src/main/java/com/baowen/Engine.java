package com.baowen;

import com.baowen.chunk.Chunker;
import com.baowen.config.Config;
import com.baowen.embed.Embedder;
import com.baowen.embed.Embedders;
import com.baowen.index.IndexMetadata;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.index.LuceneIndex;
import com.baowen.index.SearchIndex;
import com.baowen.index.solr.SolrIndex;
import com.baowen.index.SourceFile;
import com.baowen.index.SourceSummary;
import com.baowen.indexing.ArticleEncoder;
import com.baowen.indexing.Indexer;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FormatReaders;
import com.baowen.ocr.OcrModels;
import com.baowen.ocr.ScanLimits;
import com.baowen.ocr.ScanFormats;
import com.baowen.ocr.ScanReader;
import com.baowen.ocr.ScanStore;
import com.baowen.retrieve.HybridRetriever;
import com.baowen.retrieve.Retriever;

import java.nio.file.Path;
import java.util.List;

/**
 * Baowen's retrieval service, wired from a {@link Config}: the embedding model, the index (embedded
 * Lucene, or a SolrCloud collection) and the hybrid retriever, for the command line and the HTTP layer. Thread-safe: searches run
 * concurrently with one indexing run at a time and see the last committed index.
 */
public final class Engine implements AutoCloseable {
    /*
     * How text becomes vectors. Ingest time is the model's forward passes, so each character of an article
     * is embedded once: chunks without a repeated sentence, without the title, and sentence vectors pooled
     * from the chunk's own pass (late chunking, the only kind {@link ArticleEncoder} makes). Against a
     * repeated sentence, the title in every chunk and a second pass per sentence (2.4 times the article's
     * characters), 10k CCTV items index in half the CPU time; held-out answer quality with the ranker trained
     * on these vectors stays level (docs/development-log.md, "Each character embedded once"). Changing any of them needs an
     * {@link IndexMetadata#SCHEMA_VERSION} bump and a retrained ranker ({@code train}).
     */
    /** Sentences repeated between neighbouring chunks: none (titles and BM25 carry the context). */
    public static final int OVERLAP_SENTENCES = 0;
    /** Whether chunk vectors are computed from "title + newline + chunk text": no (the title is in BM25). */
    static final boolean TITLE_IN_VECTOR = false;

    private final Config config;
    private final Embedder embedder;
    private final SearchIndex index;
    private final Indexer indexer;
    private final HybridRetriever retriever;
    /** Reads page scans when the OCR models are in {@code models/ocr}; null otherwise (scans are then skipped). */
    private final ScanReader scans;
    /** The formats read: text, PDF, HTML, office files, and scans when OCR is set up. */
    private final FormatReaders formats;
    private volatile boolean indexing;
    private volatile int filesDone;
    private volatile int filesTotal;
    private volatile IndexProgress.Snapshot progress;
    private volatile IndexReport lastRun;

    private Engine(Config config, Embedder embedder, SearchIndex index) {
        this.config = config;
        this.embedder = embedder;
        this.index = index;
        this.scans = OcrModels.present(config.models())
                ? new ScanReader(config.models(), ScanLimits.DEFAULT, new ScanStore(scanStore(config.index()))) : null;
        this.formats = ScanFormats.with(FormatReaders.defaults(), scans);
        this.indexer = new Indexer(index, new ArticleEncoder(embedder, new Chunker(config.chunkChars(), OVERLAP_SENTENCES), TITLE_IN_VECTOR),
                new CorpusReader(CorpusReader.DEFAULT_MAX_FILE_BYTES, formats));
        this.retriever = new HybridRetriever(index, embedder, HybridRetriever.Settings.defaults());
    }

    /** OCR results are kept beside the index ({@code data/index-scans}), not inside Lucene's folder. */
    public static Path scanStore(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-scans");
    }

    /**
     * Loads the model and opens (or creates, or rebuilds when built otherwise) the embedded index, or
     * connects to the SolrCloud collection (creating it when missing); searchable at once.
     */
    public static Engine open(Config config) {
        // no query prefix unless the model folder has a query-prefix.txt (bge's lowered CMRC recall)
        return open(config, Embedders.open(config.models(), config.model()));
    }

    /** As {@link #open(Config)}, with this embedder (closed with the engine, or on failure). */
    public static Engine open(Config config, Embedder embedder) {
        try {
            IndexMetadata wanted = IndexMetadata.current(embedder.modelName(), embedder.dimension(),
                    config.chunkChars(), OVERLAP_SENTENCES);
            SearchIndex index = config.solr() != null ? SolrIndex.open(config.solr(), wanted)
                    : LuceneIndex.open(config.index(), wanted);
            return new Engine(config, embedder, index);
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    /** Incrementally indexes {@code config.corpus()}; searches keep the old view until each commit. */
    public synchronized IndexReport index(IndexProgress progress) {
        return track(tracked -> indexer.run(config.corpus(), tracked), progress);
    }

    /**
     * Indexes these files as the whole corpus (files indexed before and missing here are deleted);
     * for sources that are not a corpus folder, like an evaluation set.
     */
    public synchronized IndexReport index(List<SourceFile> files, List<IndexReport.SkippedFile> skipped, IndexProgress progress) {
        return track(tracked -> indexer.run(files, skipped, tracked), progress);
    }

    /** Runs one indexing run, keeping its progress and its report for {@link #status()}. */
    private IndexReport track(java.util.function.Function<IndexProgress, IndexReport> run, IndexProgress progress) {
        indexing = true;
        filesDone = 0;
        filesTotal = 0;
        this.progress = null;
        try {
            IndexReport report = run.apply(new IndexProgress() {
                @Override
                public void onFile(int done, int total, String source, String action) {
                    filesDone = done;
                    filesTotal = total;
                    progress.onFile(done, total, source, action);
                }

                @Override
                public void onProgress(Snapshot snapshot) {
                    Engine.this.progress = snapshot;
                    progress.onProgress(snapshot);
                }
            });
            lastRun = report;
            return report;
        } catch (RuntimeException e) {
            lastRun = new IndexReport(0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    List.of("indexing failed: " + e.getMessage()));
            throw e;
        } finally {
            indexing = false;
        }
    }

    public Retriever retriever() {
        return retriever;
    }

    /** A new default retriever, with an empty query-vector cache (for latency measurements). */
    public Retriever freshRetriever() {
        return new HybridRetriever(index, embedder, HybridRetriever.Settings.defaults());
    }

    /** A retriever over the same index with other settings (BM25 only, vectors only, another fusion). */
    public Retriever retriever(HybridRetriever.Settings settings) {
        return new HybridRetriever(index, embedder, settings);
    }

    /** Every indexed source file with its article count and date span (the documents list). */
    public List<SourceSummary> sourceSummaries() {
        return index.sourceSummaries();
    }

    public EngineStatus status() {
        return new EngineStatus(indexing ? "indexing" : "ready", filesDone, filesTotal,
                index.articleCount(), index.chunkCount(), index.sizeBytes(), progress, lastRun);
    }

    public Embedder embedder() {
        return embedder;
    }

    public Config config() {
        return config;
    }

    /** The readers of the formats beyond plain text this engine indexes (uploads are checked against them). */
    public FormatReaders formats() {
        return formats;
    }

    /** The reader of page scans (and the OCR results it keeps), or null when OCR is not set up. */
    public ScanReader scans() {
        return scans;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            embedder.close();
            if (scans != null) {
                scans.close();
            }
        }
    }
}
