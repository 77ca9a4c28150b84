package com.baowen.answer;

import java.util.List;

/**
 * What Baowen says to a question; immutable.
 *
 * @param answer    Chinese text; each claim ends with {@code [n]} pointing at {@code citations[n-1]}
 * @param noAnswer  true when the articles do not answer the question (then no fact is stated)
 * @param citations numbered sources; for a no-answer, related articles to browse
 * @param tookMs    time to answer, in milliseconds
 */
public record Answer(String answer, boolean noAnswer, List<Citation> citations, long tookMs) {
    public Answer {
        citations = List.copyOf(citations);
    }
}
