package com.baowen.embed;

import com.baowen.BaowenException;

/**
 * How passages run through ONNX Runtime; immutable.
 *
 * @param intraOpThreads threads one model run may use, 1..256
 * @param workers        model runs at the same time while embedding passages, 1..256
 * @param batchTokens    padded tokens per model run, 1..65536: length-sorted passages are batched while
 *                       {@code count x longest} stays within it, and a passage longer than it runs alone.
 *                       Large batches of long passages overflow the CPU caches and run slower than one at
 *                       a time, so this is a budget rather than a count. Forced to 1 (one passage per run)
 *                       for models quantised per batch (see {@link QuantisationCheck}).
 */
public record RunSettings(int intraOpThreads, int workers, int batchTokens) {
    public RunSettings {
        check("intraOpThreads", intraOpThreads, 256);
        check("workers", workers, 256);
        check("batchTokens", batchTokens, 65536);
    }

    /**
     * The measured best on 2 cores (see {@code bench.EmbeddingBenchmark}): one single-threaded run per
     * core, short passages batched up to 512 tokens.
     */
    public static RunSettings defaults() {
        return new RunSettings(1, Runtime.getRuntime().availableProcessors(), 512);
    }

    public RunSettings withBatchTokens(int batchTokens) {
        return new RunSettings(intraOpThreads, workers, batchTokens);
    }

    private static void check(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new BaowenException(name + " must be between 1 and " + max + ", got " + value);
        }
    }
}
