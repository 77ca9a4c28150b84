package com.baowen.retrieve;

import java.util.List;

/**
 * One article found for a query: several chunks of one article are one hit; immutable.
 *
 * @param date   the article's date as stored (ISO when the corpus gave one), or {@code null}
 * @param score  the article's fused relevance, higher is better
 * @param chunks its matching chunks, best first (at least one)
 */
public record ArticleHit(String articleId, String title, String source, String date, double score, List<ScoredChunk> chunks) {
    public ArticleHit {
        chunks = List.copyOf(chunks);
    }

    /** A hit without a date. */
    public ArticleHit(String articleId, String title, String source, double score, List<ScoredChunk> chunks) {
        this(articleId, title, source, null, score, chunks);
    }
}
