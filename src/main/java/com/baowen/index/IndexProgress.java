package com.baowen.index;

/** Hears how indexing goes, once per corpus file; called on the indexing thread. */
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
}
