package com.baowen;

import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;

/**
 * What the engine is doing, for {@code /health} and progress displays; immutable.
 *
 * @param state      {@code "indexing"} while a run is under way, else {@code "ready"}
 * @param filesDone  files handled in the current (or last) run
 * @param filesTotal files in the current (or last) run's corpus
 * @param articles   searchable articles
 * @param chunks     searchable chunks
 * @param indexBytes index size on disk
 * @param progress   where the current (or last) run stands, or {@code null} before one reported
 * @param lastRun    what the last finished run did, or {@code null} before one finished
 */
public record EngineStatus(String state, int filesDone, int filesTotal, int articles, int chunks, long indexBytes,
                           IndexProgress.Snapshot progress, IndexReport lastRun) {
    /** A status without run details. */
    public EngineStatus(String state, int filesDone, int filesTotal, int articles, int chunks, long indexBytes) {
        this(state, filesDone, filesTotal, articles, chunks, indexBytes, null, null);
    }
}
