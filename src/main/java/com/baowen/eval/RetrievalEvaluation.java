package com.baowen.eval;

import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.Retriever;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a retriever on questions with a known gold article (or gold source file): doc-recall@1,
 * @5, MRR@10 and search latency. A hit matches when its article id is the gold article, or its
 * source is the gold file.
 */
public final class RetrievalEvaluation {
    static final int DEPTH = 10;

    private RetrievalEvaluation() {
    }

    public static RetrievalResult run(String label, Retriever retriever, List<EvalQuestion> questions) {
        int blank = 0;
        int n = 0;
        int at1 = 0;
        int at5 = 0;
        double rr = 0;
        List<String> misses = new ArrayList<>();
        long[] nanos = new long[questions.size()];
        for (EvalQuestion q : questions) {
            if (q.question().isBlank()) {
                blank++;
                continue;
            }
            if (!q.hasGold()) {
                continue;
            }
            long t0 = System.nanoTime();
            List<ArticleHit> hits = retriever.search(q.question(), DEPTH);
            nanos[n++] = System.nanoTime() - t0;
            int rank = rankOfGold(q, hits);
            if (rank == 1) {
                at1++;
            }
            if (rank >= 1 && rank <= 5) {
                at5++;
            } else {
                misses.add(q.id());
            }
            if (rank >= 1) {
                rr += 1.0 / rank;
            }
        }
        long[] measured = Arrays.copyOf(nanos, n);
        return new RetrievalResult(label, n, blank, n == 0 ? 0 : (double) at1 / n, n == 0 ? 0 : (double) at5 / n,
                n == 0 ? 0 : rr / n, Latencies.percentileMillis(measured, 50), Latencies.percentileMillis(measured, 95), misses);
    }

    /** @return the 1-based rank of the first gold hit, or 0 when none is in {@code hits} */
    static int rankOfGold(EvalQuestion q, List<ArticleHit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            ArticleHit h = hits.get(i);
            if (h.articleId().equals(q.goldArticleId()) || h.source().equals(q.goldSource())) {
                return i + 1;
            }
        }
        return 0;
    }
}
