package com.baowen.answer;

import java.util.List;

/**
 * What the answer stage found for one question; immutable.
 *
 * @param scored     the candidate sentences, scored, best first
 * @param answerable whether the ranker finds the question answered by them at all ({@link AnswerRanker#rank});
 *                   when not, the answer is "not found" with related articles
 */
public record Evidence(List<Scored> scored, boolean answerable) {
    public Evidence {
        scored = List.copyOf(scored);
    }

    /** No candidates at all. */
    public static final Evidence NONE = new Evidence(List.of(), false);
}
