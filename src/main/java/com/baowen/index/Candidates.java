package com.baowen.index;

import java.util.List;

/** What each retriever found for one query, from the same index view; immutable. */
public record Candidates(List<ChunkMatch> lexical, List<ChunkMatch> semantic) {
    public Candidates {
        lexical = List.copyOf(lexical);
        semantic = List.copyOf(semantic);
    }
}
