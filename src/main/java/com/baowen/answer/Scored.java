package com.baowen.answer;

/**
 * A candidate sentence with its scores for one question; immutable.
 *
 * @param lexical  weighted share of the question's key terms found in the sentence (or, half-counted, around it), 0..1
 * @param semantic cosine of the question and sentence vectors, or 0 without vectors
 * @param span     the stretch holding what is asked, or {@code null}
 * @param score    the combined score used for ranking, higher is better
 */
public record Scored(Candidate candidate, double lexical, double semantic, Span span, double score) {
}
