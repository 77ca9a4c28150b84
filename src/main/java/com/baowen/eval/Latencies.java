package com.baowen.eval;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds. */
public final class Latencies {
    private Latencies() {
    }

    /**
     * Nearest-rank percentile.
     *
     * @param nanos durations in nanoseconds (not changed)
     * @param p     percentile, 0..100
     * @return milliseconds, 0 for no samples
     */
    public static double percentileMillis(long[] nanos, double p) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
