package com.baowen.eval;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Percentiles of measured durations, and the passes that measure them; stateless. */
public final class Latencies {
    /** Questions asked before the first pass: what a fresh process has done before its first users. */
    static final int FIRST_WARM_UP = 20;

    private Latencies() {
    }

    /**
     * Percentile by HdrHistogram (three significant digits: within 0.1 % of the value of that rank).
     *
     * @param nanos durations in nanoseconds (not changed)
     * @param p     percentile, 0..100
     * @return milliseconds, 0 for no samples
     */
    public static double percentileMillis(long[] nanos, double p) {
        if (nanos.length == 0) {
            return 0;
        }
        Histogram h = new Histogram(3);
        for (long n : nanos) {
            h.recordValue(Math.max(0, n));
        }
        return h.getValueAtPercentile(p) / 1e6;
    }

    /**
     * The durations of asking every query in turn, measured twice over.
     *
     * @param first the first pass, after {@link #FIRST_WARM_UP} questions: what the first users of a fresh process see
     * @param warm  {@code rounds} passes after the same work has run for the warm-up time: what a server that has
     *              answered for a while sees once the JIT has compiled its hot code (bench and JMH figures)
     */
    public record Passes(long[] first, long[] warm) {
    }

    /**
     * Asks each query once per pass, each pass on a fresh context (a retriever with no query vector cached), so
     * no pass reads what an earlier one computed; the warm-up passes run on throwaway contexts.
     *
     * @param fresh  a fresh context per pass
     * @param ask    asks one query in a context
     * @param warmUp how long to keep asking between the first pass and the measured ones (at least one pass)
     * @param rounds measured passes after the warm-up, at least 1
     */
    public static <T> Passes run(List<String> queries, Supplier<T> fresh, BiConsumer<T, String> ask, Duration warmUp,
                                 int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        T throwaway = fresh.get();
        for (int i = 0; i < Math.min(FIRST_WARM_UP, queries.size()); i++) {
            ask.accept(throwaway, queries.get(i));
        }
        long[] first = pass(queries, fresh.get(), ask);
        long until = System.nanoTime() + warmUp.toNanos();
        do {
            pass(queries, fresh.get(), ask);
        } while (System.nanoTime() < until);
        long[] warm = new long[queries.size() * rounds];
        for (int r = 0; r < rounds; r++) {
            System.arraycopy(pass(queries, fresh.get(), ask), 0, warm, r * queries.size(), queries.size());
        }
        return new Passes(first, warm);
    }

    private static <T> long[] pass(List<String> queries, T context, BiConsumer<T, String> ask) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            ask.accept(context, queries.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }
}
