package com.baowen.embed;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dense-only document recall on the CMRC 2018 trial set (brute-force cosine, an article scores its best
 * piece), to choose the default model variant and query prefix. By default it checks the int8 model on
 * whole paragraphs; {@code -Dbaowen.recall=all} prints the full grid (fp32 and int8, whole paragraphs and
 * ~300-character pieces, with and without the bge query prefix) and query latency.
 */
class DenseRecallIT {
    private static final Path MODELS = Path.of(System.getProperty("baowen.models", "models"));
    private static final Path CMRC = Path.of(System.getProperty("baowen.eval", "src/test/resources/eval")).resolve("cmrc2018_trial.json");
    private static final boolean ALL = "all".equals(System.getProperty("baowen.recall"));

    @Test
    void should_find_the_gold_paragraph_in_the_top_5_for_nearly_every_question() throws Exception {
        CmrcSet set = CmrcSet.read(CMRC);
        List<String> models = ALL ? List.of("bge-small-zh-v15", "bge-small-zh-v15-q") : List.of("bge-small-zh-v15-q");
        List<Integer> pieceSizes = ALL ? List.of(0, 300) : List.of(0);
        System.out.printf(Locale.ROOT, "CMRC 2018 trial: %d articles, %d questions%n", set.articles().size(), set.questions().size());
        System.out.printf(Locale.ROOT, "%-20s %-10s %-7s %6s %6s %6s %9s %8s %8s%n",
                "model", "passages", "prefix", "R@1", "R@5", "MRR", "chars/s", "q p50ms", "q p95ms");
        for (String model : models) {
            // no built-in prefix: each row below puts its own before the question
            try (OrtEmbedder embedder = new OrtEmbedder(ModelFiles.in(MODELS.resolve(model)), "", RunSettings.defaults())) {
                for (int size : pieceSizes) {
                    List<String> pieces = new ArrayList<>();
                    List<Integer> owner = new ArrayList<>();
                    for (int a = 0; a < set.articles().size(); a++) {
                        for (String p : size == 0 ? List.of(set.articles().get(a)) : CmrcSet.pieces(set.articles().get(a), size)) {
                            pieces.add(p);
                            owner.add(a);
                        }
                    }
                    long start = System.nanoTime();
                    List<float[]> vectors = embedder.embedPassages(pieces);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long chars = pieces.stream().mapToLong(String::length).sum();
                    for (String prefix : ALL ? List.of("", Embedders.BGE_ZH_QUERY_PREFIX) : List.of("")) {
                        Recall r = recall(set, vectors, owner, embedder, prefix);
                        System.out.printf(Locale.ROOT, "%-20s %-10s %-7s %6.3f %6.3f %6.3f %9.0f %8.1f %8.1f%n", model,
                                size == 0 ? "whole" : "~" + size + "ch", prefix.isEmpty() ? "none" : "bge",
                                r.at1, r.at5, r.mrr, chars / seconds, r.p50Millis, r.p95Millis);
                        assertTrue(r.at5 >= 0.95, model + " recall@5 " + r.at5);
                    }
                }
            }
        }
    }

    private record Recall(double at1, double at5, double mrr, double p50Millis, double p95Millis) {
    }

    private static Recall recall(CmrcSet set, List<float[]> vectors, List<Integer> owner, OrtEmbedder embedder, String prefix) {
        int articles = set.articles().size();
        int hit1 = 0;
        int hit5 = 0;
        double mrr = 0;
        double[] millis = new double[set.questions().size()];
        for (int qi = 0; qi < set.questions().size(); qi++) {
            CmrcSet.Question q = set.questions().get(qi);
            long start = System.nanoTime();
            float[] query = embedder.embedQuery(prefix + q.text());
            millis[qi] = (System.nanoTime() - start) / 1e6;
            double[] best = new double[articles];
            Arrays.fill(best, -2);
            for (int p = 0; p < vectors.size(); p++) {
                best[owner.get(p)] = Math.max(best[owner.get(p)], dot(query, vectors.get(p)));
            }
            int rank = 1;
            for (int a = 0; a < articles; a++) {
                if (a != q.article() && best[a] > best[q.article()]) {
                    rank++;
                }
            }
            hit1 += rank == 1 ? 1 : 0;
            hit5 += rank <= 5 ? 1 : 0;
            mrr += 1.0 / rank;
        }
        Arrays.sort(millis);
        int n = set.questions().size();
        return new Recall((double) hit1 / n, (double) hit5 / n, mrr / n, millis[n / 2], millis[(int) (n * 0.95)]);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
