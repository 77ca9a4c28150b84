package com.baowen.index;

import com.baowen.chunk.Chunker;
import com.baowen.embed.Embedder;
import com.baowen.ingest.Article;
import com.baowen.retrieve.EmbeddedSentence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where chunks, articles and their vectors are stored and searched: the embedded Lucene index
 * ({@link LuceneIndex}) or a SolrCloud collection ({@code index.solr.SolrIndex}). The retriever fuses
 * what {@link #search} finds the same way for both. Reads see the last commit. Thread-safe; one
 * {@link IndexUpdate} at a time.
 */
public interface SearchIndex extends AutoCloseable {
    /** What the index was built with. */
    IndexMetadata metadata();

    /**
     * BM25 and vector candidates.
     *
     * @param question  the question text
     * @param weights   weights of the BM25 fields
     * @param vector    the question's vector, or {@code null} for BM25 only
     * @param lexicalN  BM25 chunks wanted (0 for none)
     * @param semanticN nearest chunks wanted (0 for none)
     */
    Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN);

    Optional<Article> article(String id);

    /** The article's sentence vectors, in text order; empty for an unknown id. */
    List<EmbeddedSentence> sentences(String id);

    /** Articles in a stable order, for listing. */
    List<Article> articles(int offset, int limit);

    int articleCount();

    int chunkCount();

    /** Committed source files and the sha256 each was indexed at. */
    Map<String, String> files();

    /** Bytes the index takes on disk (all replicas), or -1 when the backend does not say. */
    long sizeBytes();

    /**
     * Starts the one write session; it commits only when asked.
     *
     * @param titleInVector whether chunk vectors are computed from "title + newline + text"
     */
    IndexUpdate update(Embedder embedder, Chunker chunker, boolean titleInVector);

    @Override
    void close();
}
