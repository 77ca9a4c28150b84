package com.baowen.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One row per question for the answerability model ({@code train --answerability}): what the ranker saw of the
 * question's candidates as a whole, not of one sentence. The best sentence's features ({@link SentenceFeatures#NAMES}
 * but {@link #LEFT_OUT}), then the three best probabilities, how many candidates there are and how many come within
 * half of the best. A question whose answering sentences are missing (the archive has the topic, not what is asked)
 * leaves a flatter, weaker field than one whose sentence is there. Stateless.
 */
public final class AnswerabilityFeatures {
    /** The names, in the order {@link #of} writes them. */
    public static final List<String> NAMES;

    /**
     * Sentence features this model does not see, because in its training asks they tell how an unanswerable ask was
     * made rather than whether a question is answered: the neighbours' (a sentence next to a dropped answer reads its
     * neighbour as absent, which in an archive of short news items is as often the end of an item), and whether the
     * question names a period (the period-shifted asks are made only of such questions, so in training naming a
     * period made a question likelier unanswerable; in news most questions name one).
     */
    static final List<String> LEFT_OUT = List.of("questionHasPeriod", "semanticPrevious", "semanticNext",
            "termsPrevious", "termsNext", "bigramsPrevious", "bigramsNext", "commonRunPrevious", "commonRunNext");
    /** Positions of the sentence features it sees, in {@link SentenceFeatures#NAMES}. */
    private static final int[] SEEN = IntStream.range(0, SentenceFeatures.NAMES.size())
            .filter(i -> !LEFT_OUT.contains(SentenceFeatures.NAMES.get(i))).toArray();

    static {
        List<String> n = new ArrayList<>();
        for (int i : SEEN) {
            n.add("best." + SentenceFeatures.NAMES.get(i));
        }
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
        int cols = SEEN.length;
        float[] out = new float[NAMES.size()];
        Arrays.fill(out, Float.NaN);
        int best = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (best < 0 || probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        if (best >= 0) {
            for (int k = 0; k < cols; k++) {
                out[k] = rows.get(best)[SEEN[k]];
            }
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
