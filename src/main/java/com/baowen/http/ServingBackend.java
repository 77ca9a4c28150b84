package com.baowen.http;

import com.baowen.BackendUnavailableException;
import com.baowen.Engine;
import com.baowen.index.IndexProgress;

import com.baowen.answer.Answerer;
import com.baowen.documents.DocumentLibrary;
import com.baowen.embed.TokenCounter;
import com.baowen.ocr.ArticleScans;
import com.baowen.retrieve.DateLimitedRetriever;
import com.baowen.retrieve.DateRange;
import com.baowen.retrieve.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Backend} of a running server: empty ({@code indexing}) until the engine is {@link #ready},
 * then serving its retriever and answerer while (re)indexing runs on one background thread, one run at
 * a time. Thread-safe; readers never wait for indexing.
 */
public final class ServingBackend implements Backend, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServingBackend.class);

    private record Parts(Retriever retriever, Answerer answerer, Supplier<IndexStatus> status, Runnable index,
                         Function<Retriever, Answerer> answererOf) {
    }

    private volatile Parts parts;
    private volatile DocumentLibrary documents;
    private volatile ArticleScans scans;
    private volatile TokenCounter tokens;
    /** Why the index cannot be served (unreadable, bad checksums) until it is rebuilt, or {@code null}. */
    private volatile String indexProblem;
    /** Why the last indexing run failed, or {@code null} once one succeeds. */
    private volatile String runProblem;
    /** Set while the index backend (a SolrCloud collection) cannot be reached; cleared by the next good status. */
    private volatile String backendProblem;
    private volatile IndexStatus lastStatus = IndexStatus.starting();
    private final AtomicBoolean indexing = new AtomicBoolean();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "baowen-indexer");
        t.setDaemon(true);
        return t;
    });

    /**
     * Makes the engine's parts servable.
     *
     * @param status reports progress and counts; called on every {@code /health} and scrape
     * @param index  one incremental indexing run; readers keep the old view until it commits
     */
    public void ready(Retriever retriever, Answerer answerer, Supplier<IndexStatus> status, Runnable index) {
        this.parts = new Parts(retriever, answerer, status, index, null);
    }

    /**
     * Serves the engine's retriever with the answerer {@code answererOf} makes of it; a question limited to
     * dates gets an answerer made of a {@link DateLimitedRetriever}.
     */
    public void ready(Engine engine, Function<Retriever, Answerer> answererOf) {
        IndexProgress progress = (done, total, source, action) -> LOG.info("indexing {}/{}: {} {}", done, total, source, action);
        this.tokens = TokenCounter.open(engine.config().modelDir()); // before the parts: once they are set, /health may say ready
        this.scans = scansOf(engine);
        this.parts = new Parts(engine.retriever(), answererOf.apply(engine.retriever()),
                () -> IndexStatus.of(engine.status()), () -> engine.index(progress), answererOf);
        this.documents = new DocumentLibrary(engine);
    }

    /**
     * Serves the engine's retriever with this one answerer; indexing runs {@link Engine#index} and logs each file.
     * A question limited to dates is refused (400): use {@link #ready(Engine, Function)} to serve those.
     */
    public void ready(Engine engine, Answerer answerer) {
        IndexProgress progress = (done, total, source, action) -> LOG.info("indexing {}/{}: {} {}", done, total, source, action);
        this.tokens = TokenCounter.open(engine.config().modelDir()); // before the parts: once they are set, /health may say ready
        this.scans = scansOf(engine);
        ready(engine.retriever(), answerer, () -> IndexStatus.of(engine.status()), () -> engine.index(progress));
        this.documents = new DocumentLibrary(engine);
    }

    private static ArticleScans scansOf(Engine engine) {
        return engine.scans() == null ? null : new ArticleScans(engine.config().corpus(), engine.scans());
    }

    @Override
    public Optional<ArticleScans> scans() {
        return Optional.ofNullable(scans);
    }

    @Override
    public Optional<DocumentLibrary> documents() {
        return Optional.ofNullable(documents);
    }

    /** Marks the server degraded: {@code /health} reports the reason (e.g. an index that cannot be opened). */
    public void degraded(String reason) {
        this.indexProblem = reason;
    }

    @Override
    public Optional<String> problem() {
        String p = indexProblem;
        if (p == null) {
            p = backendProblem;
        }
        return Optional.ofNullable(p != null ? p : runProblem);
    }

    @Override
    public Optional<TokenCounter> tokens() {
        return Optional.ofNullable(tokens);
    }

    @Override
    public Optional<Retriever> retriever() {
        Parts p = parts;
        return p == null ? Optional.empty() : Optional.ofNullable(p.retriever());
    }

    @Override
    public Optional<Answerer> answerer() {
        Parts p = parts;
        return p == null ? Optional.empty() : Optional.ofNullable(p.answerer());
    }

    @Override
    public Optional<Answerer> answerer(DateRange dates) {
        Parts p = parts;
        if (dates.isAny() || p == null) {
            return answerer();
        }
        if (p.answererOf() == null) {
            throw HttpError.badRequest("this server cannot limit answers by date");
        }
        return Optional.of(p.answererOf().apply(new DateLimitedRetriever(p.retriever(), dates)));
    }

    @Override
    public IndexStatus status() {
        Parts p = parts;
        if (p == null) {
            return IndexStatus.starting();
        }
        IndexStatus s;
        try {
            s = p.status().get();
            lastStatus = s;
            backendProblem = null;
        } catch (BackendUnavailableException e) {
            // the collection cannot answer: /health says so (degraded, with the reason) instead of old figures alone
            LOG.warn("index backend unavailable: {}", e.getMessage());
            backendProblem = "the index backend is unavailable: " + e.getMessage();
            s = lastStatus;
        } catch (RuntimeException e) {
            // measuring the index can race a commit that deletes files; report the last good figures
            LOG.debug("index status unavailable for a moment: {}", e.getMessage());
            s = lastStatus;
        }
        // a run that is queued but has not reported progress yet is still indexing
        return indexing.get() && IndexStatus.READY.equals(s.status())
                ? s.withStatus(IndexStatus.INDEXING)
                : s;
    }

    /** True while an indexing run is queued or running. */
    public boolean indexing() {
        return indexing.get();
    }

    @Override
    public boolean reindex() {
        Parts p = parts;
        if (p == null || !indexing.compareAndSet(false, true)) {
            return false;
        }
        indexer.execute(() -> {
            try {
                long t0 = System.nanoTime();
                p.index().run();
                runProblem = null;
                LOG.info("indexing done in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                runProblem = "the last indexing run failed: " + e.getMessage();
                LOG.error("indexing failed; queries keep using the last committed index", e);
            } finally {
                indexing.set(false);
            }
        });
        return true;
    }

    @Override
    public void close() {
        indexer.shutdownNow();
        DocumentLibrary d = documents;
        if (d != null) {
            d.close();
        }
        TokenCounter t = tokens;
        if (t != null) {
            t.close();
        }
    }
}
