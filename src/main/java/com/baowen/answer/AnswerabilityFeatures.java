package com.baowen.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row per question for the answerability model: what the ranker saw of the question's candidates as a
 * whole, not of one sentence. The best sentence's features ({@link SentenceFeatures#NAMES}), then the three
 * best probabilities, how many candidates there are and how many come within half of the best. A question
 * whose answering sentences are missing (the archive has the topic, not what is asked) leaves a flatter,
 * weaker field than one whose sentence is there. Stateless.
 */
public final class AnswerabilityFeatures {
    /** The names, in the order {@link #of} writes them. */
    public static final List<String> NAMES;

    static {
        List<String> n = new ArrayList<>();
        SentenceFeatures.NAMES.forEach(f -> n.add("best." + f));
        n.addAll(List.of("p1", "p2", "p3", "candidates", "withinHalf"));
        NAMES = List.copyOf(n);
    }

    private AnswerabilityFeatures() {
    }

    /**
     * @param rows          one question's candidate rows ({@link SentenceFeatures#NAMES} order)
     * @param probabilities the ranker's probability for each row (not the spread scores)
     */
    public static float[] of(List<float[]> rows, double[] probabilities) {
        int cols = SentenceFeatures.NAMES.size();
        float[] out = new float[NAMES.size()];
        Arrays.fill(out, Float.NaN);
        int best = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (best < 0 || probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        if (best >= 0) {
            System.arraycopy(rows.get(best), 0, out, 0, cols);
        }
        double[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < 3 && k < sorted.length; k++) {
            out[cols + k] = (float) sorted[sorted.length - 1 - k];
        }
        out[cols + 3] = probabilities.length;
        int within = 0;
        for (double p : probabilities) {
            within += best >= 0 && p >= probabilities[best] / 2 ? 1 : 0;
        }
        out[cols + 4] = within;
        return out;
    }
}
