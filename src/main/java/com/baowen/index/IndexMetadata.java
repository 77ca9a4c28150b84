package com.baowen.index;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an index was built with, kept in the commit user data; an index built otherwise cannot be
 * searched with these settings and is rebuilt. Immutable.
 *
 * @param schemaVersion     layout of the documents and analyzers ({@link #SCHEMA_VERSION} for this code)
 * @param model             embedding model name, e.g. {@code bge-small-zh-v15}
 * @param dimension         vector length, e.g. 512
 * @param chunkChars        largest chunk, in characters
 * @param overlapSentences  sentences repeated between neighbouring chunks
 */
public record IndexMetadata(int schemaVersion, String model, int dimension, int chunkChars, int overlapSentences) {
    /**
     * Bump when documents, fields, analyzers or the way vectors are made change (2: per-article documents
     * with content hash, dates, provenance; 3: chunk vectors without the title, sentence vectors pooled from
     * the chunk's pass; 4: answer units joined across quotes, brackets and semicolons, {@code SentenceSpans}).
     */
    public static final int SCHEMA_VERSION = 4;

    private static final String SCHEMA = "baowen.schema";
    private static final String MODEL = "baowen.model";
    private static final String DIMENSION = "baowen.dimension";
    private static final String CHUNK_CHARS = "baowen.chunkChars";
    private static final String OVERLAP = "baowen.overlapSentences";

    public IndexMetadata {
        Objects.requireNonNull(model, "model");
        if (dimension < 1) {
            throw new BaowenException("dimension must be positive, got " + dimension);
        }
    }

    /** Metadata for this code's schema. */
    public static IndexMetadata current(String model, int dimension, int chunkChars, int overlapSentences) {
        return new IndexMetadata(SCHEMA_VERSION, model, dimension, chunkChars, overlapSentences);
    }

    Map<String, String> toUserData() {
        Map<String, String> m = new HashMap<>();
        m.put(SCHEMA, Integer.toString(schemaVersion));
        m.put(MODEL, model);
        m.put(DIMENSION, Integer.toString(dimension));
        m.put(CHUNK_CHARS, Integer.toString(chunkChars));
        m.put(OVERLAP, Integer.toString(overlapSentences));
        return m;
    }

    /** @return the metadata in {@code userData}, or {@code null} when it has none (not our index, or an old one) */
    static IndexMetadata fromUserData(Map<String, String> userData) {
        if (!userData.containsKey(SCHEMA) || !userData.containsKey(MODEL)) {
            return null;
        }
        try {
            return new IndexMetadata(Integer.parseInt(userData.get(SCHEMA)), userData.get(MODEL),
                    Integer.parseInt(userData.get(DIMENSION)), Integer.parseInt(userData.get(CHUNK_CHARS)),
                    Integer.parseInt(userData.get(OVERLAP)));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** @return why an index with {@code this} metadata cannot serve {@code wanted}; empty when it can */
    public List<String> differences(IndexMetadata wanted) {
        List<String> why = new ArrayList<>();
        if (schemaVersion != wanted.schemaVersion) {
            why.add("schema version " + schemaVersion + " -> " + wanted.schemaVersion);
        }
        if (!model.equals(wanted.model)) {
            why.add("model " + model + " -> " + wanted.model);
        }
        if (dimension != wanted.dimension) {
            why.add("dimension " + dimension + " -> " + wanted.dimension);
        }
        if (chunkChars != wanted.chunkChars) {
            why.add("chunk size " + chunkChars + " -> " + wanted.chunkChars + " characters");
        }
        if (overlapSentences != wanted.overlapSentences) {
            why.add("chunk overlap " + overlapSentences + " -> " + wanted.overlapSentences + " sentences");
        }
        return why;
    }
}
