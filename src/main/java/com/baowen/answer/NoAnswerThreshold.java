package com.baowen.answer;

/**
 * When the best sentence is too weak to answer with; immutable.
 *
 * <p>The evidence of the best sentence is {@code semanticWeight * cosine + lexicalWeight * lexical};
 * below {@code minEvidence} Baowen says "not found". The weights and the bar were set on the dev
 * sets: answerable seeds-dev questions (all must pass), its {@code none} questions and 1,000 CMRC
 * 2018 trial questions asked against the seeds (all must fail but one in a thousand), and CMRC
 * questions against their own paragraphs (as few as possible may fail: 2.8% did). The cosine
 * separates best (a question about something no article covers still shares words with some
 * sentence, but not meaning); the lexical share breaks ties. An article that does not mention a
 * place or a quoted term the question names ("太原市", “乡里制”) never answers it. See the README.
 *
 * @param semanticWeight          weight of the cosine of question and sentence
 * @param lexicalWeight           weight of the share of key terms in the sentence
 * @param minEvidence             the bar
 * @param minLexicalWithoutVectors the bar on the lexical share alone when there are no sentence vectors
 * @param relatedLexical          a not-found answer lists articles whose best sentence shares at least
 *                                this share of the key terms, as related reading
 */
public record NoAnswerThreshold(double semanticWeight, double lexicalWeight, double minEvidence,
                                double minLexicalWithoutVectors, double relatedLexical) {
    public static final NoAnswerThreshold DEFAULT = new NoAnswerThreshold(0.75, 0.25, 0.49, 0.4, 0.2);

    public boolean answers(Scored best) {
        if (!best.namesFound()) {
            return false;
        }
        if (best.candidate().vector() == null) {
            return best.lexical() >= minLexicalWithoutVectors;
        }
        return evidence(best) >= minEvidence;
    }

    public double evidence(Scored best) {
        return semanticWeight * best.semantic() + lexicalWeight * best.lexical();
    }
}
