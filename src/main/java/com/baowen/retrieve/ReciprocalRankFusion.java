package com.baowen.retrieve;

import com.baowen.BaowenException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): a key scores {@code sum 1 / (k + rank)} over the
 * lists it appears in, rank 1-based. Uses ranks only, so scores on different scales mix safely.
 */
public final class ReciprocalRankFusion implements Fusion {
    public static final int DEFAULT_K = 60;

    private final int k;

    /** @param k smoothing constant, >= 1 (60 by default): larger flattens the head of each list */
    public ReciprocalRankFusion(int k) {
        if (k < 1) {
            throw new BaowenException("k must be >= 1, got " + k);
        }
        this.k = k;
    }

    public ReciprocalRankFusion() {
        this(DEFAULT_K);
    }

    @Override
    public Map<String, Double> fuse(List<List<Ranked>> lists) {
        Map<String, Double> out = new HashMap<>();
        for (List<Ranked> list : lists) {
            for (int i = 0; i < list.size(); i++) {
                out.merge(list.get(i).key(), 1.0 / (k + i + 1), Double::sum);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "rrf(k=" + k + ")";
    }
}
