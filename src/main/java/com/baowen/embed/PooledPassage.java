package com.baowen.embed;

import java.util.List;

/**
 * A passage's vector and one vector per requested span, all unit length; immutable by convention.
 *
 * @param vector the passage's vector, as {@link Embedder#embedPassages} gives it
 * @param spans  per span, in order: the normalised mean of its tokens' states in the passage's forward pass
 *               ("late chunking"), or the passage vector for a span past the model's 512 tokens
 */
public record PooledPassage(float[] vector, List<float[]> spans) {
    public PooledPassage {
        spans = List.copyOf(spans);
    }
}
