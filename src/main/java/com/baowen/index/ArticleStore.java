package com.baowen.index;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the indexing stage puts finished articles: the embedded Lucene index, or a distributed engine.
 * Reads see the last commit only. Implementations are thread-safe; one {@link Writer} at a time.
 */
public interface ArticleStore {
    /** Starts the one write session; nothing is visible or durable before {@link Writer#commit()}. */
    Writer writer();

    /** Corpus files recorded as completely indexed, with the SHA-256 of the bytes they were indexed at. */
    Map<String, String> files();

    /** Every source (corpus file) that has articles or a completion mark in the store. */
    Set<String> sources();

    /** Article id → content hash of the articles the store holds from {@code source}. */
    Map<String, String> articleHashes(String source);

    /** The source an article id is stored under, if the store holds that id. */
    Optional<String> sourceOf(String articleId);

    /** One write session. Not thread-safe: used by one thread at a time. */
    interface Writer extends AutoCloseable {
        /** Adds the article, or replaces the one with its id (its chunks and sentences with it), in one step. */
        void put(EncodedArticle article);

        /** Removes one article (its chunks and sentences with it). */
        void deleteArticle(String articleId);

        /** Removes everything from one source file, and its completion mark. */
        void deleteSource(String source);

        /** Records that {@code source} is completely indexed at this SHA-256 of its bytes. */
        void markFile(String source, String sha256);

        /** Makes the changes so far durable and visible to new searches, atomically. */
        void commit();

        /** Discards what was not committed. */
        @Override
        void close();
    }
}
