package com.baowen.bench;

import com.baowen.BaowenException;
import com.baowen.embed.Embedder;
import com.baowen.embed.Embedders;
import com.baowen.embed.ModelFiles;
import com.baowen.embed.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Measures, in one run with the same model and texts, LangChain4j's {@code OnnxEmbeddingModel.embedAll}
 * (the usual recipe) against Baowen's passage path: segments/s, characters/s, their ratio and the
 * lowest cosine between the two sides' vectors. Each side runs {@code repetitions} times, alternating
 * which goes first; figures are medians, since the machine is shared.
 */
public final class EmbeddingBenchmark {
    public static final int DEFAULT_REPETITIONS = 3;
    /** Segments per turn; large enough for full batches, small enough to interleave often. */
    private static final int SLICE = 64;

    private EmbeddingBenchmark() {
    }

    /**
     * One side's figures: medians over the repetitions.
     *
     * @param cpuSeconds CPU time the whole process spent while this side ran (all threads, native ones
     *                   included); above {@code seconds x cores} is impossible, near it means busy cores
     */
    public record Side(String label, double seconds, double segmentsPerSecond, double charsPerSecond, double cpuSeconds) {
    }

    /**
     * The comparison.
     *
     * @param ratio     Baowen's characters/s divided by LangChain4j's
     * @param minCosine the lowest cosine between the two sides' vectors of one text
     */
    public record Result(String model, int segments, long chars, int repetitions, Side langchain4j, Side baowen,
                         double ratio, double minCosine) {
        /** A short table for the console. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "embedding %s: %d segments, %d chars, median of %d runs%n",
                    model, segments, chars, repetitions));
            out.append(String.format(Locale.ROOT, "%-26s %9s %12s %12s %9s%n", "", "seconds", "segments/s", "chars/s", "CPU s"));
            for (Side s : List.of(langchain4j, baowen)) {
                out.append(String.format(Locale.ROOT, "%-26s %9.2f %12.1f %12.0f %9.2f%n",
                        s.label(), s.seconds(), s.segmentsPerSecond(), s.charsPerSecond(), s.cpuSeconds()));
            }
            out.append(String.format(Locale.ROOT, "ratio (chars/s) %.2fx, lowest cosine between the sides %.6f%n",
                    ratio, minCosine));
            return out.toString();
        }
    }

    /**
     * Prints the comparison for one model folder and a file of segments, one per line:
     * {@code EmbeddingBenchmark <modelsDir> <modelName> <segments.txt> [repetitions]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: EmbeddingBenchmark <modelsDir> <modelName> <segments.txt> [repetitions]");
            System.exit(2);
        }
        Path models = Path.of(args[0]);
        List<String> texts = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_REPETITIONS;
        try (Embedder ours = Embedders.open(models, args[1])) {
            System.out.print(run(ours, models.resolve(args[1]), texts, repetitions).table());
        }
    }

    /** {@link #run(Embedder, Path, List, int)} with {@value #DEFAULT_REPETITIONS} repetitions. */
    public static Result run(Embedder ours, Path modelDir, List<String> texts) {
        return run(ours, modelDir, texts, DEFAULT_REPETITIONS);
    }

    /**
     * @param ours        Baowen's embedder over the model in {@code modelDir}
     * @param modelDir    the model folder, {@code models/<name>/}, loaded a second time for LangChain4j
     * @param texts       the segments to embed, at least 1
     * @param repetitions runs of each side, 1..20
     */
    public static Result run(Embedder ours, Path modelDir, List<String> texts, int repetitions) {
        if (texts.isEmpty()) {
            throw new BaowenException("texts must hold at least one segment, got none");
        }
        if (repetitions < 1 || repetitions > 20) {
            throw new BaowenException("repetitions must be between 1 and 20, got " + repetitions);
        }
        ModelFiles files = ModelFiles.in(modelDir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "langchain4j-embed");
            t.setDaemon(true);
            return t;
        });
        try {
            OnnxEmbeddingModel recipe = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), PoolingMode.CLS, pool);
            Function<List<String>, List<float[]>> theirs =
                    t -> recipe.embedAll(t.stream().map(TextSegment::from).toList()).content().stream().map(Embedding::vector).toList();
            // warm up both: first runs pay for allocation and graph set-up
            List<String> warm = texts.subList(0, Math.min(8, texts.size()));
            theirs.apply(warm);
            ours.embedPassages(warm);

            // the machine is shared: run the sides in turns over small slices, so that a burst of load
            // elsewhere hits both alike, and take the median over repetitions
            double[][] theirSeconds = new double[2][repetitions]; // wall, CPU
            double[][] ourSeconds = new double[2][repetitions];
            List<float[]> theirVectors = new ArrayList<>();
            List<float[]> ourVectors = new ArrayList<>();
            for (int r = 0; r < repetitions; r++) {
                theirVectors.clear();
                ourVectors.clear();
                for (int from = 0, slice = 0; from < texts.size(); from += SLICE, slice++) {
                    List<String> part = texts.subList(from, Math.min(from + SLICE, texts.size()));
                    if ((r + slice) % 2 == 0) {
                        timed(() -> theirs.apply(part), theirVectors, theirSeconds, r);
                        timed(() -> ours.embedPassages(part), ourVectors, ourSeconds, r);
                    } else {
                        timed(() -> ours.embedPassages(part), ourVectors, ourSeconds, r);
                        timed(() -> theirs.apply(part), theirVectors, theirSeconds, r);
                    }
                }
            }
            long chars = texts.stream().mapToLong(String::length).sum();
            Side lc = side("LangChain4j embedAll", theirSeconds, texts.size(), chars);
            Side bw = side("Baowen " + ours.getClass().getSimpleName(), ourSeconds, texts.size(), chars);
            return new Result(files.name(), texts.size(), chars, repetitions, lc, bw,
                    bw.charsPerSecond() / lc.charsPerSecond(), minCosine(theirVectors, ourVectors));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code work}, appends its vectors to {@code into}, adds its wall and CPU seconds to repetition {@code r}. */
    private static void timed(Supplier<List<float[]>> work, List<float[]> into, double[][] seconds, int r) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        into.addAll(work.get());
        seconds[0][r] += (System.nanoTime() - start) / 1e9;
        seconds[1][r] += (processCpuNanos() - cpu) / 1e9;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static Side side(String label, double[][] seconds, int segments, long chars) {
        double wall = median(seconds[0]);
        return new Side(label, wall, segments / wall, chars / wall, median(seconds[1]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double minCosine(List<float[]> a, List<float[]> b) {
        double min = 1;
        for (int i = 0; i < a.size(); i++) {
            min = Math.min(min, Vectors.cosine(a.get(i), b.get(i)));
        }
        return min;
    }
}
