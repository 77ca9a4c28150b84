package com.baowen.retrieve;

import com.baowen.ingest.Article;

import java.util.List;
import java.util.Optional;

/**
 * A retriever whose searches are limited to a date range, for an answer stage that only calls
 * {@link Retriever#search(String, int)}; everything else goes to the retriever it wraps. Thread-safe when
 * that one is.
 */
public final class DateLimitedRetriever implements Retriever {
    private final Retriever retriever;
    private final DateRange dates;

    public DateLimitedRetriever(Retriever retriever, DateRange dates) {
        this.retriever = retriever;
        this.dates = dates;
    }

    @Override
    public List<ArticleHit> search(String query, int k) {
        return retriever.search(query, k, dates);
    }

    /** Searches the days both ranges hold (none when they do not meet): the limit is never widened. */
    @Override
    public List<ArticleHit> search(String query, int k, DateRange dates) {
        return this.dates.intersect(dates).map(both -> retriever.search(query, k, both)).orElse(List.of());
    }

    @Override
    public Optional<Article> article(String id) {
        return retriever.article(id);
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        return retriever.articles(offset, limit);
    }

    @Override
    public int articleCount() {
        return retriever.articleCount();
    }

    @Override
    public List<EmbeddedSentence> sentences(String articleId) {
        return retriever.sentences(articleId);
    }

    @Override
    public float[] embedQuery(String query) {
        return retriever.embedQuery(query);
    }
}
