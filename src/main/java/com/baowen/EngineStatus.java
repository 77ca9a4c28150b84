package com.baowen;

/**
 * What the engine is doing, for {@code /health} and progress displays; immutable.
 *
 * @param state      {@code "indexing"} while a run is under way, else {@code "ready"}
 * @param filesDone  files handled in the current (or last) run
 * @param filesTotal files in the current (or last) run's corpus
 * @param articles   searchable articles
 * @param chunks     searchable chunks
 * @param indexBytes index size on disk
 */
public record EngineStatus(String state, int filesDone, int filesTotal, int articles, int chunks, long indexBytes) {
}
