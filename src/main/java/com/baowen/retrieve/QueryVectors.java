package com.baowen.retrieve;

import com.baowen.embed.Embedder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few question vectors, so that a question searched and then answered (the answer stage
 * scores sentences with {@link Retriever#embedQuery}) is embedded once. Thread-safe.
 */
final class QueryVectors {
    static final int CAPACITY = 256;

    private final Embedder embedder;
    private final Map<String, float[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    QueryVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    /** The unit-length vector of {@code query}; callers must not change it. */
    float[] of(String query) {
        synchronized (recent) {
            float[] v = recent.get(query);
            if (v != null) {
                return v;
            }
        }
        float[] v = unit(embedder.embedQuery(query));
        synchronized (recent) {
            recent.put(query, v);
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        float[] out = v.clone();
        float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }
}
