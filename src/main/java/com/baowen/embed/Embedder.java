package com.baowen.embed;

import java.util.List;

/**
 * Turns text into unit-length vectors; implementations are thread-safe.
 * Passages and queries are separate because some models (bge) want a prefix on queries only.
 */
public interface Embedder extends AutoCloseable {
    /** The model's name as chosen on the command line, e.g. {@code bge-small-zh-v15}. */
    String modelName();

    /** Vector length, e.g. 512. */
    int dimension();

    /** One vector per passage, in order; each is independent of what it was batched with. */
    List<float[]> embedPassages(List<String> passages);

    /**
     * Passage vectors and, for each passage, a vector per span. This default embeds the span texts in a
     * second pass (their own {@code [CLS]} vectors); {@link OrtEmbedder} pools them from the passage's own
     * forward pass instead, at no extra model run.
     */
    default List<PooledPassage> embedWithSpans(List<PassageSpans> passages) {
        List<float[]> vectors = embedPassages(passages.stream().map(PassageSpans::text).toList());
        List<String> spanTexts = new java.util.ArrayList<>();
        passages.forEach(p -> p.spans().forEach(s -> spanTexts.add(s.of(p.text()))));
        List<float[]> spanVectors = spanTexts.isEmpty() ? List.of() : embedPassages(spanTexts);
        List<PooledPassage> out = new java.util.ArrayList<>(passages.size());
        int next = 0;
        for (int i = 0; i < passages.size(); i++) {
            int n = passages.get(i).spans().size();
            out.add(new PooledPassage(vectors.get(i), spanVectors.subList(next, next + n)));
            next += n;
        }
        return out;
    }

    /** The vector of a search query. */
    float[] embedQuery(String query);

    @Override
    void close();
}
