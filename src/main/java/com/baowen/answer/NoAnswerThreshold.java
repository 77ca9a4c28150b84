package com.baowen.answer;

/**
 * When the best sentence is too weak to answer with; immutable. Calibrated on the dev sets (see
 * {@code README.md}, "How the not-found threshold was set").
 *
 * @param minScore        the best sentence's combined score must reach this
 * @param minLexical      and at least this share of the question's key terms must be found in or around it
 * @param relatedSemantic a sentence this similar (or sharing a key term) makes its article "related" in a not-found answer
 */
public record NoAnswerThreshold(double minScore, double minLexical, double relatedSemantic) {
    public static final NoAnswerThreshold DEFAULT = new NoAnswerThreshold(0.45, 0.35, 0.5);

    public boolean answers(Scored best) {
        return best.score() >= minScore && best.lexical() >= minLexical;
    }
}
