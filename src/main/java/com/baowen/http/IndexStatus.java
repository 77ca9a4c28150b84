package com.baowen.http;

import com.baowen.EngineStatus;

/**
 * What {@code /health} and {@code /metrics} report about the index; immutable.
 *
 * @param status     {@code indexing} while (re)indexing or loading, {@code ready} once questions can be asked
 * @param filesDone  corpus files indexed so far in the current run
 * @param filesTotal corpus files in the current run
 * @param articles   searchable articles
 * @param chunks     searchable chunks
 * @param indexBytes size of the index on disk, in bytes
 */
public record IndexStatus(String status, int filesDone, int filesTotal, int articles, int chunks, long indexBytes) {
    public static final String INDEXING = "indexing";
    public static final String READY = "ready";

    public static IndexStatus of(EngineStatus s) {
        return new IndexStatus(s.state(), s.filesDone(), s.filesTotal(), s.articles(), s.chunks(), s.indexBytes());
    }

    /** The status before anything is loaded. */
    public static IndexStatus starting() {
        return new IndexStatus(INDEXING, 0, 0, 0, 0, 0);
    }
}
