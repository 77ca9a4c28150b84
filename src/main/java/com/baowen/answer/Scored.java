package com.baowen.answer;

/**
 * A candidate sentence with the ranker's verdict for one question; immutable.
 *
 * @param candidate the sentence
 * @param lexical   weighted share of the question's key terms found in the sentence, 0..1
 * @param semantic  cosine of the question and sentence vectors, or 0 without vectors
 * @param span      the entity, number or date of the kind asked for inside the sentence, or {@code null}
 * @param score     the ranker's score ({@link AnswerRanker#rank}), 0..1: the best one is the probability that
 *                  this sentence holds the answer (whether the question is answered at all is
 *                  {@link Evidence#answerable()})
 * @param givesUnit whether the sentence holds a number with the unit the question asks for ("多少亿元" → "522亿元";
 *                  not one the question already says); {@code true} when the question asks for no unit
 */
public record Scored(Candidate candidate, double lexical, double semantic, Span span, double score, boolean givesUnit) {
    /** A sentence of a question that asks for no unit, or whose unit it holds. */
    public Scored(Candidate candidate, double lexical, double semantic, Span span, double score) {
        this(candidate, lexical, semantic, span, score, true);
    }
}
