package com.baowen.index;

import java.util.List;

/**
 * What one indexing run did; immutable.
 *
 * @param filesIndexed      files (re)indexed because they were new or changed
 * @param filesUnchanged    files skipped because their sha256 was already indexed
 * @param filesDeleted      files removed from the index because they left the corpus
 * @param skipped           files the reader could not use, with the reason
 * @param articles          articles indexed in this run
 * @param chunks            chunks indexed in this run
 * @param chunkChars        characters of chunk text embedded
 * @param sentences         sentence vectors stored in this run
 * @param chunkEmbedMillis  time spent embedding chunks
 * @param sentenceEmbedMillis time spent embedding sentences (the cost of stored sentence vectors)
 * @param millis            wall time of the run
 */
public record IndexReport(int filesIndexed, int filesUnchanged, int filesDeleted, List<SkippedFile> skipped,
                          int articles, int chunks, long chunkChars, int sentences,
                          long chunkEmbedMillis, long sentenceEmbedMillis, long millis) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }

    /** A corpus file that was not indexed, and why. */
    public record SkippedFile(String source, String reason) {
    }
}
