package com.baowen.http;

import com.baowen.answer.Answerer;
import com.baowen.documents.DocumentLibrary;
import com.baowen.retrieve.Retriever;

import java.util.Optional;

/**
 * What the HTTP API serves from: retrieval, answers, index status and re-indexing. Implementations
 * are thread-safe; {@link #retriever()} and {@link #answerer()} are empty while the engine loads.
 */
public interface Backend {
    Optional<Retriever> retriever();

    Optional<Answerer> answerer();

    IndexStatus status();

    /**
     * Starts re-reading the corpus in the background; queries keep using the old index until the new
     * one is committed.
     *
     * @return false when a (re)index is already running
     */
    boolean reindex();

    /** The corpus folder's documents for upload, delete and listing; empty while the engine loads or when not managed here. */
    default Optional<DocumentLibrary> documents() {
        return Optional.empty();
    }
}
