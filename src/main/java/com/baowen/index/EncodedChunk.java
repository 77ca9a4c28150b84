package com.baowen.index;

import com.baowen.chunk.Chunk;

import java.util.Objects;

/**
 * A chunk with its unit-length vector, ready to store; immutable by convention (do not change the array).
 */
public record EncodedChunk(Chunk chunk, float[] vector) {
    public EncodedChunk {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(vector, "vector");
    }
}
