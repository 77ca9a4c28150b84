package com.baowen.retrieve;

import com.baowen.chunk.Chunk;

/**
 * A chunk found for a query, with the article it belongs to; immutable.
 *
 * @param score fused relevance, higher is better (comparable only within one result list)
 */
public record ScoredChunk(Chunk chunk, String title, String source, double score) {
}
