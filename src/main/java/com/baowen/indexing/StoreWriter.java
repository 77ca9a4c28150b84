package com.baowen.indexing;

import com.baowen.BaowenException;
import com.baowen.index.ArticleStore;
import com.baowen.index.EncodedArticle;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes encoded batches to the store on its own thread, so the store's analysis and writes overlap the
 * next batch's embedding; commits at most every {@link #COMMIT_MILLIS} of work. Operations run in the
 * order they are given; at most one batch waits. Used by one indexing thread.
 */
final class StoreWriter implements AutoCloseable {
    /**
     * Time between commits: a killed run loses at most this much work. The system property
     * {@code baowen.commitMillis} overrides it (tests that kill a run need commits sooner than a fast machine finishes).
     */
    static final long COMMIT_MILLIS = Long.getLong("baowen.commitMillis", 5_000);

    private final ArticleStore.Writer writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;
    private long lastCommit = System.currentTimeMillis();
    private boolean dirty;
    private boolean failed;
    private boolean closed;

    StoreWriter(ArticleStore.Writer writer) {
        this.writer = writer;
    }

    /** Puts the articles (on the writer thread), then commits when the last commit is old enough. */
    void put(List<EncodedArticle> articles) {
        submit(() -> {
            articles.forEach(writer::put);
            dirty = true;
            if (System.currentTimeMillis() - lastCommit >= COMMIT_MILLIS) {
                commit();
            }
        });
    }

    void deleteArticle(String id) {
        submit(() -> {
            writer.deleteArticle(id);
            dirty = true;
        });
    }

    void deleteSource(String source) {
        submit(() -> {
            writer.deleteSource(source);
            dirty = true;
        });
    }

    void markFile(String source, String digest) {
        submit(() -> {
            writer.markFile(source, digest);
            dirty = true;
        });
    }

    /** Commits what was given so far and waits for it. */
    void commitNow() {
        submit(this::commit);
        await();
    }

    /** Waits for the writes and commits them; the store then holds everything given. */
    void finish() {
        commitNow();
    }

    private void commit() {
        if (dirty) {
            writer.commit();
            dirty = false;
        }
        lastCommit = System.currentTimeMillis();
    }

    private void submit(Runnable task) {
        await();
        pending = thread.submit(task);
    }

    private void await() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
            throw new BaowenException("interrupted while writing the index", e);
        } catch (ExecutionException e) {
            failed = true;
            throw e.getCause() instanceof BaowenException b ? b
                    : new BaowenException("writing the index failed: " + e.getCause(), e.getCause());
        } finally {
            pending = null;
        }
    }

    /** Commits what was written unless a write failed (whole articles only, so a rerun resumes), then releases the store. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!failed) {
                commitNow();
            }
        } finally {
            thread.shutdownNow();
            writer.close();
        }
    }
}
