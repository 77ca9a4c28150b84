package com.baowen.eval;

import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.Retriever;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores retrievers on questions with a known gold article (or gold source file): doc-recall@1,
 * @5, MRR@10 and search latency. A hit matches when its article id is the gold article, or its
 * source is the gold file. Several retrievers are run question by question in turn, so that a
 * machine busy with other work slows them all alike and their latencies stay comparable.
 */
public final class RetrievalEvaluation {
    static final int DEPTH = 10;

    /** A retriever to score, and its label in the results. */
    public record Candidate(String label, Retriever retriever) {
    }

    private RetrievalEvaluation() {
    }

    public static RetrievalResult run(String label, Retriever retriever, List<EvalQuestion> questions) {
        return run(List.of(new Candidate(label, retriever)), questions).get(0);
    }

    /** @return one result per candidate, in order */
    public static List<RetrievalResult> run(List<Candidate> candidates, List<EvalQuestion> questions) {
        int blank = (int) questions.stream().filter(q -> q.question().isBlank()).count();
        List<EvalQuestion> scored = questions.stream().filter(q -> !q.question().isBlank() && q.hasGold()).toList();
        int n = scored.size();
        int c = candidates.size();
        int[] at1 = new int[c];
        int[] at5 = new int[c];
        double[] rr = new double[c];
        long[][] nanos = new long[c][n];
        List<List<String>> misses = new ArrayList<>();
        candidates.forEach(x -> misses.add(new ArrayList<>()));
        for (int i = 0; i < n; i++) {
            EvalQuestion q = scored.get(i);
            for (int j = 0; j < c; j++) {
                long t0 = System.nanoTime();
                List<ArticleHit> hits = candidates.get(j).retriever().search(q.question(), DEPTH);
                nanos[j][i] = System.nanoTime() - t0;
                int rank = rankOfGold(q, hits);
                if (rank == 1) {
                    at1[j]++;
                }
                if (rank >= 1 && rank <= 5) {
                    at5[j]++;
                } else {
                    misses.get(j).add(q.id());
                }
                if (rank >= 1) {
                    rr[j] += 1.0 / rank;
                }
            }
        }
        List<RetrievalResult> out = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            out.add(new RetrievalResult(candidates.get(j).label(), n, blank, share(at1[j], n), share(at5[j], n),
                    n == 0 ? 0 : rr[j] / n, Latencies.percentileMillis(nanos[j], 50),
                    Latencies.percentileMillis(nanos[j], 95), misses.get(j)));
        }
        return out;
    }

    private static double share(int count, int n) {
        return n == 0 ? 0 : (double) count / n;
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
