package com.baowen.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the two models' outputs become one score per sentence (made-up numbers). */
class AnswerRankerTest {
    @Test
    void should_give_the_order_models_first_sentence_the_best_probability_and_the_others_their_order_gap() {
        // given: the probabilities favour sentence 0, the order model sentence 2, by ln 2 over sentence 1
        double[] probabilities = {0.8, 0.1, 0.3};
        double[] order = {-1.0, 1.0, 1.0 + Math.log(2)};

        // when
        double[] scores = AnswerRanker.spread(probabilities, order);

        // then: the top score is still the question's best probability ("not found" is decided on it)
        assertArrayEquals(new double[]{0.8 * Math.exp(-1.0 - 1.0 - Math.log(2)), 0.4, 0.8}, scores, 1e-12);
    }

    @Test
    void should_score_nothing_when_there_are_no_sentences() {
        assertEquals(0, AnswerRanker.spread(new double[0], new double[0]).length);
    }
}
