package com.baowen.index;

/** Hears how indexing goes, per corpus file and every few seconds; called on the indexing thread. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total, source, action) -> { };

    /**
     * @param done   files handled so far, 1..total
     * @param total  files in the corpus
     * @param source the file just handled
     * @param action what happened to it: {@code indexed}, {@code unchanged}, {@code skipped} or {@code deleted}
     */
    void onFile(int done, int total, String source, String action);

    /** Where a run stands: with its first article written, then at least every {@link Snapshot#INTERVAL_MILLIS} while it works, and at its end. */
    default void onProgress(Snapshot snapshot) {
    }

    /**
     * Where an indexing run stands; immutable.
     *
     * @param filesDone      files handled so far
     * @param filesTotal     files in the corpus
     * @param articlesDone   articles handled so far (indexed, unchanged or refused)
     * @param articlesTotal  articles in the corpus when known (every file to read is JSONL), else {@code null}
     * @param charsPerSecond article text indexed per second of this run so far
     * @param etaSeconds     estimated seconds left, or {@code null} before there is a rate
     */
    record Snapshot(int filesDone, int filesTotal, long articlesDone, Long articlesTotal, double charsPerSecond,
                    Long etaSeconds) {
        public static final long INTERVAL_MILLIS = 2_000;
    }
}
