package com.baowen.embed;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An {@link Embedder} that runs a BERT-style ONNX model directly through ONNX Runtime, faster than
 * LangChain4j's {@code embedAll} on the ingest path with the same vectors:
 * <ol>
 *   <li>tokenize every distinct passage as LangChain4j does ({@link PassageTokenizer}); a text repeated in
 *       the call runs once;</li>
 *   <li>sort the passages by token count and cut them into batches within a token budget, so padding
 *       stays small and activations stay in the CPU caches;</li>
 *   <li>run the batches, padded and masked, through one tuned session ({@link OrtEncoder});</li>
 *   <li>take each passage's {@code [CLS]} vector and normalise it.</li>
 * </ol>
 * A model quantised per batch ({@code DynamicQuantizeLinear}) runs one passage at a time, since its
 * vectors would otherwise depend on their batch mates. Thread-safe.
 */
public final class OrtEmbedder implements Embedder {
    private final String name;
    private final String queryPrefix;
    private final PassageTokenizer tokenizer;
    private final OrtEncoder encoder;
    private final RunSettings settings;
    private final ExecutorService workers;
    private final int dimension;

    /**
     * @param files       the model's files
     * @param queryPrefix put before every query, empty for none
     * @param settings    threads and batch budget; one passage per run for per-batch quantised models
     */
    public OrtEmbedder(ModelFiles files, String queryPrefix, RunSettings settings) {
        this.name = files.name();
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.settings = QuantisationCheck.quantisesPerBatch(files.onnx()) ? settings.withBatchTokens(1) : settings;
        this.tokenizer = new PassageTokenizer(files.tokenizer());
        this.encoder = new OrtEncoder(files.onnx(), this.settings.intraOpThreads());
        this.workers = this.settings.workers() > 1 ? Executors.newFixedThreadPool(this.settings.workers(), daemon()) : null;
        this.dimension = embedQuery("维度").length;
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** The settings in use (a batch budget of 1 token, i.e. one passage per run, when the model is quantised per batch). */
    public RunSettings settings() {
        return settings;
    }

    /** The prefix put before queries; empty for none. */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** Each distinct text runs once; a repeated one gets a copy of its first occurrence's vector. */
    @Override
    public List<float[]> embedPassages(List<String> passages) {
        Map<String, Integer> firstOf = new HashMap<>();
        int[] sameAs = new int[passages.size()];
        List<Tokens> sorted = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Integer first = firstOf.putIfAbsent(passages.get(i), i);
            sameAs[i] = first == null ? i : first;
            if (first == null) {
                sorted.add(new Tokens(i, tokenizer.tokenize(passages.get(i))));
            }
        }
        sorted.sort(Comparator.comparingInt((Tokens t) -> t.ids.length).reversed());
        float[][] vectors = new float[passages.size()][];
        runAll(batches(sorted, settings.batchTokens()), vectors);
        for (int i = 0; i < vectors.length; i++) {
            if (sameAs[i] != i) {
                vectors[i] = vectors[sameAs[i]].clone();
            }
        }
        return List.of(vectors);
    }

    /** Cuts passages sorted longest first into batches of at most {@code budget} padded tokens (one at least). */
    private static List<List<Tokens>> batches(List<Tokens> sorted, int budget) {
        List<List<Tokens>> batches = new ArrayList<>();
        int from = 0;
        while (from < sorted.size()) {
            int longest = sorted.get(from).ids.length; // the first of a batch is its longest
            int count = Math.max(1, Math.min(budget / longest, 256));
            int to = Math.min(from + count, sorted.size());
            batches.add(sorted.subList(from, to));
            from = to;
        }
        return batches;
    }

    /**
     * Late chunking: one forward pass per passage gives its {@code [CLS]} vector and, for each span, the
     * mean of the states of the tokens that start inside the span, normalised. Batched like
     * {@link #embedPassages}.
     */
    @Override
    public List<PooledPassage> embedWithSpans(List<PassageSpans> passages) {
        List<Tokens> sorted = new ArrayList<>(passages.size());
        List<int[][]> ranges = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            PassageTokenizer.Tokenized t = tokenizer.tokenizeWithOffsets(passages.get(i).text());
            sorted.add(new Tokens(i, t.ids()));
            ranges.add(tokenRanges(t, passages.get(i).spans()));
        }
        sorted.sort(Comparator.comparingInt((Tokens t) -> t.ids.length).reversed());
        PooledPassage[] out = new PooledPassage[passages.size()];
        forEachBatch(batches(sorted, settings.batchTokens()), batch -> {
            float[][][] pooled = encoder.pooled(batch.stream().map(t -> t.ids).toList(),
                    batch.stream().map(t -> ranges.get(t.passage)).toList());
            for (int b = 0; b < batch.size(); b++) {
                float[][] p = pooled[b];
                float[] passage = Vectors.normalize(p[0]);
                List<float[]> spans = new ArrayList<>(p.length - 1);
                int[][] rs = ranges.get(batch.get(b).passage);
                for (int r = 1; r < p.length; r++) {
                    spans.add(rs[r - 1][0] < rs[r - 1][1] ? Vectors.normalize(p[r]) : passage);
                }
                out[batch.get(b).passage] = new PooledPassage(passage, spans);
            }
        });
        return List.of(out);
    }

    /** Per span, the tokens {@code {from, to}} that start inside it. */
    private static int[][] tokenRanges(PassageTokenizer.Tokenized t, List<com.baowen.chunk.Span> spans) {
        int[][] out = new int[spans.size()][];
        for (int r = 0; r < spans.size(); r++) {
            com.baowen.chunk.Span s = spans.get(r);
            int from = -1;
            int to = -1;
            for (int i = 0; i < t.ids().length; i++) {
                int st = t.starts()[i];
                if (st >= s.start() && st < s.end()) {
                    if (from < 0) {
                        from = i;
                    }
                    to = i + 1;
                }
            }
            out[r] = from < 0 ? new int[] {0, 0} : new int[] {from, to};
        }
        return out;
    }

    private void runAll(List<List<Tokens>> batches, float[][] vectors) {
        forEachBatch(batches, batch -> run(batch, vectors));
    }

    private void forEachBatch(List<List<Tokens>> batches, java.util.function.Consumer<List<Tokens>> task) {
        if (workers == null) {
            batches.forEach(task);
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (List<Tokens> batch : batches) {
            futures.add(workers.submit(() -> task.accept(batch)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new BaowenException("interrupted while embedding passages with " + name, e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof BaowenException b ? b
                    : new BaowenException("embedding passages with " + name + " failed: " + e.getCause(), e.getCause());
        }
    }

    private void run(List<Tokens> batch, float[][] vectors) {
        float[][] cls = encoder.clsVectors(batch.stream().map(t -> t.ids).toList());
        for (int i = 0; i < batch.size(); i++) {
            vectors[batch.get(i).passage] = Vectors.normalize(cls[i]);
        }
    }

    @Override
    public float[] embedQuery(String query) {
        return Vectors.normalize(encoder.clsVectors(List.of(tokenizer.tokenize(queryPrefix + query)))[0]);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        encoder.close();
        tokenizer.close();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "embed-worker");
            t.setDaemon(true);
            return t;
        };
    }

    /** The token ids of passage number {@code passage}. */
    private record Tokens(int passage, long[] ids) {
    }
}
