package com.baowen.index;

import com.baowen.chunk.Chunk;

/**
 * A chunk one retriever (BM25 or vector) found, with its own score; immutable.
 *
 * @param date  its article's date as stored, or {@code null}
 * @param rank  0-based position in that retriever's list
 * @param score BM25 score, or vector similarity in 0..1; comparable only within one list
 */
public record ChunkMatch(Chunk chunk, String title, String source, String date, int rank, float score) {
    /** A match whose article has no date. */
    public ChunkMatch(Chunk chunk, String title, String source, int rank, float score) {
        this(chunk, title, source, null, rank, score);
    }
}
