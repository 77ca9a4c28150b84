package com.baowen.index;

import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleDates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where chunks, articles and their vectors are stored and searched: the embedded Lucene index
 * ({@link LuceneIndex}) or a SolrCloud collection ({@code index.solr.SolrIndex}). The indexing stage
 * writes through {@link ArticleStore}; the retriever fuses what {@link #search} finds the same way
 * for both. Reads see the last commit. Thread-safe.
 */
public interface SearchIndex extends ArticleStore, AutoCloseable {
    /** What the index was built with. */
    IndexMetadata metadata();

    /**
     * BM25 and vector candidates, only from articles dated {@code fromDay..toDay} (days since
     * 1970-01-01, inclusive; {@code Integer.MIN_VALUE..MAX_VALUE} for no limit, which also keeps undated
     * articles).
     *
     * @param question  the question text
     * @param weights   weights of the BM25 fields
     * @param vector    the question's vector, or {@code null} for BM25 only
     * @param lexicalN  BM25 chunks wanted (0 for none)
     * @param semanticN nearest chunks wanted (0 for none)
     */
    Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN,
                      int fromDay, int toDay);

    Optional<Article> article(String id);

    /** The article's sentence vectors, in text order; empty for an unknown id. */
    List<SentenceVector> sentences(String id);

    /** Articles in a stable order, for listing. */
    List<Article> articles(int offset, int limit);

    int articleCount();

    /**
     * Every source file with articles in the index, by name: its article count and the span of its dates. This
     * default reads every article; an index that can count without reading them overrides it.
     */
    default List<SourceSummary> sourceSummaries() {
        Map<String, long[]> bySource = new TreeMap<>(); // as the Lucene index counts
        for (int offset = 0; ; offset += 1000) {
            List<Article> page = articles(offset, 1000);
            for (Article a : page) {
                long[] v = bySource.computeIfAbsent(a.source(), k -> SourceSummary.tally());
                v[0]++;
                Long day = ArticleDates.epochDay(a.date());
                if (day != null) {
                    v[1] = Math.min(v[1], day);
                    v[2] = Math.max(v[2], day);
                }
            }
            if (page.size() < 1000) {
                break;
            }
        }
        return SourceSummary.list(bySource);
    }

    int chunkCount();

    /** Bytes the index takes on disk, or -1 when the backend does not say. */
    long sizeBytes();

    @Override
    void close();
}
