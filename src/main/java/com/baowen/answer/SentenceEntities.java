package com.baowen.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of candidate sentences, remembered: they depend on the sentence alone, not on the
 * question, and HanLP's recognisers cost about half a millisecond to a few per sentence, so a
 * sentence of an article asked about again is not tagged again. Least recently used entries go
 * first once {@code capacity} sentences are held. Thread-safe.
 */
public final class SentenceEntities {
    /** Sentences remembered by default: ~100k entities, a few MB. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final Map<String, List<Entity>> cache;

    public SentenceEntities(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Entity>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The entities of the candidate's sentence ({@link Entities#of}). */
    public List<Entity> of(Candidate c) {
        String key = c.articleId() + '\u0000' + c.start() + '\u0000' + c.text();
        synchronized (cache) {
            List<Entity> hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<Entity> entities = List.copyOf(Entities.of(c.text()));
        synchronized (cache) {
            cache.put(key, entities);
        }
        return entities;
    }
}
