package com.baowen.eval;

import com.baowen.retrieve.Retriever;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures search latency: each query once on a warmed-up retriever, with no query vector cached
 * from an earlier search (a fresh retriever per round).
 */
public final class SearchBench {
    static final int WARM_UP = 20;

    private SearchBench() {
    }

    /**
     * @param retrievers gives a fresh retriever (empty query-vector cache) each call
     * @param queries    the queries, each searched once per round
     * @param k          articles per search
     */
    public static BenchSection run(Supplier<Retriever> retrievers, List<String> queries, int k) {
        Retriever warm = retrievers.get();
        for (int i = 0; i < Math.min(WARM_UP, queries.size()); i++) {
            warm.search(queries.get(i), k);
        }
        Retriever retriever = retrievers.get();
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            retriever.search(queries.get(i), k);
            nanos[i] = System.nanoTime() - t0;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("queries", queries.size());
        f.put("k", k);
        f.put("p50 ms", round(Latencies.percentileMillis(nanos, 50)));
        f.put("p95 ms", round(Latencies.percentileMillis(nanos, 95)));
        f.put("p99 ms", round(Latencies.percentileMillis(nanos, 99)));
        return new BenchSection("search", f);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
