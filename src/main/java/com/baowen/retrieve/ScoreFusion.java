package com.baowen.retrieve;

import com.baowen.BaowenException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted fusion of normalised scores: each list's scores are min-max scaled to 0..1 over that
 * list, then a key scores {@code sum weight_i * scaled_i} (0 where a list does not hold it). Unlike
 * ranks, scores keep how far ahead the best candidate is, so a confident retriever can outvote an
 * unsure one.
 */
public final class ScoreFusion implements Fusion {
    private final double[] weights;

    /** @param weights one weight per list, each >= 0, e.g. {@code 0.5, 0.5} */
    public ScoreFusion(double... weights) {
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                throw new BaowenException("weights must be >= 0, got " + w);
            }
        }
        this.weights = weights.clone();
    }

    @Override
    public Map<String, Double> fuse(List<List<Ranked>> lists) {
        if (lists.size() != weights.length) {
            throw new BaowenException("lists must number " + weights.length + " (one per weight), got " + lists.size());
        }
        Map<String, Double> out = new HashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<Ranked> list = lists.get(l);
            if (list.isEmpty()) {
                continue;
            }
            double max = list.stream().mapToDouble(Ranked::score).max().orElseThrow();
            double min = list.stream().mapToDouble(Ranked::score).min().orElseThrow();
            double range = max - min;
            for (Ranked r : list) {
                // a list of one (or of equal scores) gives its keys full marks
                double scaled = range > 0 ? (r.score() - min) / range : 1.0;
                out.merge(r.key(), weights[l] * scaled, Double::sum);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "score(" + String.join(",", Arrays.stream(weights).mapToObj(w -> String.format("%.2f", w)).toList()) + ")";
    }
}
