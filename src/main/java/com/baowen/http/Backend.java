package com.baowen.http;

import com.baowen.answer.Answerer;
import com.baowen.documents.DocumentLibrary;
import com.baowen.embed.TokenCounter;
import com.baowen.ocr.ArticleScans;
import com.baowen.retrieve.DateRange;
import com.baowen.retrieve.Retriever;

import java.util.Optional;

/**
 * What the HTTP API serves from: retrieval, answers, index status and re-indexing. Implementations
 * are thread-safe; {@link #retriever()} and {@link #answerer()} are empty while the engine loads.
 */
public interface Backend {
    Optional<Retriever> retriever();

    Optional<Answerer> answerer();

    /**
     * An answerer whose searches are limited to these dates; this default serves only {@link DateRange#ANY}
     * (a backend that can limit by date overrides it).
     */
    default Optional<Answerer> answerer(DateRange dates) {
        if (!dates.isAny()) {
            throw HttpError.badRequest("this server cannot limit answers by date");
        }
        return answerer();
    }

    IndexStatus status();

    /** Why the server is degraded (index unreadable, last indexing run failed), or empty when all is well. */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** The model's token counter, for {@code usage} in OpenAI-compatible answers; empty when unknown. */
    default Optional<TokenCounter> tokens() {
        return Optional.empty();
    }

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

    /** The scans articles were read from, to show where a citation is printed; empty while the engine loads or without OCR. */
    default Optional<ArticleScans> scans() {
        return Optional.empty();
    }
}
