package com.baowen.indexing;

import com.baowen.BaowenException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectors of the texts embedded last, by text, so that a text repeating across batches (a news
 * archive's boilerplate: "会议还研究了其他事项。", "王毅参加上述活动。") runs through the model once. Bounded
 * (least recently used out first); about 2 KB per 512-dimension entry. Thread-safe.
 */
final class RecentVectors {
    /** Entries kept by default: about 8 MB, some 300 news items' sentences and chunks. */
    static final int DEFAULT_CAPACITY = 4_096;

    private final Map<String, float[]> byText;

    /** @param capacity texts kept, 0..1,000,000 (0 keeps none) */
    RecentVectors(int capacity) {
        if (capacity < 0 || capacity > 1_000_000) {
            throw new BaowenException("capacity must be between 0 and 1000000, got " + capacity);
        }
        this.byText = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A copy of the vector last kept for {@code text}, or {@code null}. */
    synchronized float[] get(String text) {
        float[] v = byText.get(text);
        return v == null ? null : v.clone();
    }

    /** Keeps a copy of {@code vector} for {@code text}. */
    synchronized void put(String text, float[] vector) {
        byText.put(text, vector.clone());
    }

    synchronized int size() {
        return byText.size();
    }
}
