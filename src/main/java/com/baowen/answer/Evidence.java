package com.baowen.answer;

import com.baowen.retrieve.DateRange;

import java.util.List;

/**
 * What the answer stage found for one question; immutable.
 *
 * @param scored     the candidate sentences, scored, best first (still best first with the best one's neighbours the
 *                   first stage dropped after them, scored 0: {@link SentenceScorer#score})
 * @param answerable whether the ranker finds the question answered by them at all ({@link AnswerRanker#rank});
 *                   when not, the answer is "not found" with related articles
 * @param unreported the dates news of the period the question asks would run on ({@link ExtractiveAnswerer#reporting})
 *                   when the search limited to them found no article while the articles found are dated, or
 *                   {@code null}: a "not found" says so
 */
public record Evidence(List<Scored> scored, boolean answerable, DateRange unreported) {
    public Evidence {
        scored = List.copyOf(scored);
    }

    public Evidence(List<Scored> scored, boolean answerable) {
        this(scored, answerable, null);
    }

    /** The same evidence, for a question whose period the search found no article of. */
    public Evidence unreported(DateRange dates) {
        return new Evidence(scored, answerable, dates);
    }

    /** No candidates at all. */
    public static final Evidence NONE = new Evidence(List.of(), false);
}
