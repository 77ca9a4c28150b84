package com.baowen.index.solr;

import com.baowen.embed.Embedder;
import com.baowen.embed.PassageSpans;
import com.baowen.embed.PooledPassage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test fixture: one real embedder for two engines over the same corpus (embedded and SolrCloud), each
 * passage and query embedded once. Engines close it; only {@link #release()} closes the model. Thread-safe.
 */
final class SharedEmbedder implements Embedder {
    private final Embedder delegate;
    private final Map<String, float[]> passages = new ConcurrentHashMap<>();
    private final Map<String, float[]> queries = new ConcurrentHashMap<>();
    private final Map<PassageSpans, PooledPassage> pooled = new ConcurrentHashMap<>();

    SharedEmbedder(Embedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !passages.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = delegate.embedPassages(missing);
            for (int i = 0; i < missing.size(); i++) {
                passages.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(passages.get(t)));
        return out;
    }

    /** The real model's chunk and sentence vectors (pooled from one forward pass), each computed once. */
    @Override
    public List<PooledPassage> embedWithSpans(List<PassageSpans> passages) {
        List<PassageSpans> missing = passages.stream().filter(p -> !pooled.containsKey(p)).distinct().toList();
        if (!missing.isEmpty()) {
            List<PooledPassage> vectors = delegate.embedWithSpans(missing);
            for (int i = 0; i < missing.size(); i++) {
                pooled.put(missing.get(i), vectors.get(i));
            }
        }
        return passages.stream().map(pooled::get).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return queries.computeIfAbsent(query, delegate::embedQuery);
    }

    /** Engines call this; the model stays open for the other engine. */
    @Override
    public void close() {
    }

    void release() {
        delegate.close();
    }
}
