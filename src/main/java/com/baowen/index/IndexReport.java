package com.baowen.index;

import java.util.List;

/**
 * What one indexing run did; immutable.
 *
 * @param filesIndexed        files read because they were new or changed
 * @param filesUnchanged      files skipped because their digest was already indexed
 * @param filesDeleted        files removed from the index because they left the corpus
 * @param skipped             files the reader could not use, with the reason (what the index held of them is kept)
 * @param articles            articles (re)indexed in this run
 * @param chunks              chunks indexed in this run
 * @param chunkChars          characters of chunk text embedded
 * @param sentences           sentence vectors stored in this run
 * @param chunkEmbedMillis    time spent embedding (chunks and, pooled from the same pass, sentences)
 * @param sentenceEmbedMillis time spent embedding sentences separately (0: they are pooled from the chunks' pass)
 * @param millis              wall time of the run
 * @param articlesUnchanged   articles of changed files whose content hash was already indexed (not embedded again)
 * @param articlesDeleted     articles removed because their line or page part left a file
 * @param rejected            items refused: bad JSONL lines, ids another file already uses
 * @param problems            messages naming each failure (at most {@link #MAX_PROBLEMS})
 */
public record IndexReport(int filesIndexed, int filesUnchanged, int filesDeleted, List<SkippedFile> skipped,
                          int articles, int chunks, long chunkChars, int sentences,
                          long chunkEmbedMillis, long sentenceEmbedMillis, long millis,
                          int articlesUnchanged, int articlesDeleted, int rejected, List<String> problems) {
    /** Problems kept in a report; the rest are counted and logged. */
    public static final int MAX_PROBLEMS = 50;

    public IndexReport {
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** Files that failed: skipped by the reader, or failing while read. */
    public int filesFailed() {
        return skipped.size();
    }

    /** A corpus file that was not indexed, and why. */
    public record SkippedFile(String source, String reason) {
    }
}
