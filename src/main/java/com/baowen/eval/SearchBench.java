package com.baowen.eval;

import com.baowen.retrieve.Retriever;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures search latency: each query once per pass, with no query vector cached from an earlier search (a fresh
 * retriever per pass); a first pass after a short warm-up, then {@code rounds} passes once warm ({@link Latencies#run}).
 */
public final class SearchBench {
    private SearchBench() {
    }

    /**
     * @param retrievers gives a fresh retriever (empty query-vector cache) each call
     * @param queries    the queries, each searched once per pass
     * @param k          articles per search
     */
    public static BenchSection run(Supplier<Retriever> retrievers, List<String> queries, int k, Duration warmUp, int rounds) {
        Latencies.Passes passes = Latencies.run(queries, retrievers, (r, q) -> r.search(q, k), warmUp, rounds);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("queries", queries.size());
        f.put("k", k);
        figures(passes, f);
        return new BenchSection("search", f);
    }

    /** The warm passes' p50, p95 and p99 and the first pass's p50 and p95, into {@code f}. */
    public static void figures(Latencies.Passes passes, Map<String, Object> f) {
        f.put("rounds", passes.warm().length / Math.max(1, passes.first().length));
        f.put("p50 ms", round(Latencies.percentileMillis(passes.warm(), 50)));
        f.put("p95 ms", round(Latencies.percentileMillis(passes.warm(), 95)));
        f.put("p99 ms", round(Latencies.percentileMillis(passes.warm(), 99)));
        f.put("first pass p50 ms", round(Latencies.percentileMillis(passes.first(), 50)));
        f.put("first pass p95 ms", round(Latencies.percentileMillis(passes.first(), 95)));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
