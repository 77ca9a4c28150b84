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

    /** The vector of a search query. */
    float[] embedQuery(String query);

    @Override
    void close();
}
