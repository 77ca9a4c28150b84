package com.baowen.answer;

/**
 * A candidate sentence with its scores for one question; immutable.
 *
 * @param lexical  weighted share of the question's key terms found in the sentence or its article's title
 *                 (those only in the sentence before count 0.3), 0..1
 * @param articleLexical weighted share of the question's key terms found anywhere in the sentence's article, 0..1
 * @param namesFound     the sentence's article mentions every name in the question ({@link Question#names()})
 * @param semantic cosine of the question and sentence vectors, or 0 without vectors
 * @param span     the stretch holding what is asked, or {@code null}
 * @param score    the combined score used for ranking, higher is better
 */
public record Scored(Candidate candidate, double lexical, double articleLexical, boolean namesFound, double semantic, Span span, double score) {
}
