package com.baowen.retrieve;

import com.baowen.ingest.Article;

import java.util.List;
import java.util.Optional;

/**
 * Finds articles for a question. The answer stage and the HTTP layer use only this interface, so
 * another backend (SolrCloud) can replace the Lucene one. Implementations are thread-safe.
 */
public interface Retriever {
    /**
     * @param query the question, 1..2000 characters
     * @param k     how many articles, 1..50
     * @return at most {@code k} articles, best first
     */
    List<ArticleHit> search(String query, int k);

    /**
     * {@link #search(String, int)} limited to articles published in {@code dates}. This default serves only
     * {@link DateRange#ANY}; a backend that stores dates overrides it.
     */
    default List<ArticleHit> search(String query, int k, DateRange dates) {
        if (!dates.isAny()) {
            throw new com.baowen.BaowenException("this backend cannot limit a search by date, got " + dates);
        }
        return search(query, k);
    }

    /** The article with this id, with its full cleaned text. */
    Optional<Article> article(String id);

    /** Articles in index order, for listing; {@code offset} >= 0, {@code limit} 1..1000. */
    List<Article> articles(int offset, int limit);

    /** How many articles are searchable now. */
    int articleCount();

    /**
     * The article's sentences with the vectors stored at index time, in text order, so the answer
     * stage scores sentences against {@link #embedQuery} without embedding them per question.
     *
     * @return empty for an unknown id
     */
    List<EmbeddedSentence> sentences(String articleId);

    /** The question's vector as this retriever embeds it (unit length), to compare with sentence vectors. */
    float[] embedQuery(String query);
}
