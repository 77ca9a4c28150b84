package com.baowen.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part of {@code bench}'s report (ingest, search, embedding, chat…): named figures in the
 * order they were added; immutable.
 */
public record BenchSection(String name, Map<String, Object> figures) {
    public BenchSection {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
