package com.baowen.http;

import com.baowen.EngineStatus;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;

/**
 * What {@code /health} and {@code /metrics} report about the index; immutable.
 *
 * @param status     {@code indexing} while (re)indexing or loading, {@code ready} once questions can be asked
 * @param filesDone  corpus files indexed so far in the current run
 * @param filesTotal corpus files in the current run
 * @param articles   searchable articles
 * @param chunks     searchable chunks
 * @param indexBytes size of the index on disk, in bytes
 * @param progress   where the current (or last) indexing run stands, or {@code null}
 * @param lastRun    what the last finished indexing run did, or {@code null}
 */
public record IndexStatus(String status, int filesDone, int filesTotal, int articles, int chunks, long indexBytes,
                          IndexProgress.Snapshot progress, IndexReport lastRun) {
    public static final String INDEXING = "indexing";
    public static final String READY = "ready";

    /** A status without run details. */
    public IndexStatus(String status, int filesDone, int filesTotal, int articles, int chunks, long indexBytes) {
        this(status, filesDone, filesTotal, articles, chunks, indexBytes, null, null);
    }

    public static IndexStatus of(EngineStatus s) {
        return new IndexStatus(s.state(), s.filesDone(), s.filesTotal(), s.articles(), s.chunks(), s.indexBytes(),
                s.progress(), s.lastRun());
    }

    /** The status before anything is loaded. */
    public static IndexStatus starting() {
        return new IndexStatus(INDEXING, 0, 0, 0, 0, 0);
    }

    /** The same figures with another status. */
    public IndexStatus withStatus(String status) {
        return new IndexStatus(status, filesDone, filesTotal, articles, chunks, indexBytes, progress, lastRun);
    }
}
