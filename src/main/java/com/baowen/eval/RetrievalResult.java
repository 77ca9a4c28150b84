package com.baowen.eval;

import java.util.List;

/**
 * Retrieval quality and speed on one set; immutable.
 *
 * @param label        what was evaluated, e.g. {@code hybrid rrf(k=60)}
 * @param questions    questions scored (answerable, with a gold article or file)
 * @param blank        questions skipped because their text was blank
 * @param recallAt1    share of questions whose gold article is the first hit
 * @param recallAt5    share whose gold article is in the first five
 * @param mrr          mean reciprocal rank of the gold article within the first ten (0 when absent)
 * @param p50Millis    median search latency
 * @param p95Millis    95th percentile search latency
 * @param missesAt5    ids of questions whose gold article is not in the first five
 */
public record RetrievalResult(String label, int questions, int blank, double recallAt1, double recallAt5, double mrr,
                              double p50Millis, double p95Millis, List<String> missesAt5) {
    public RetrievalResult {
        missesAt5 = List.copyOf(missesAt5);
    }
}
