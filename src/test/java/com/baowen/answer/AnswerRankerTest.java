package com.baowen.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the two models' outputs become one score per sentence (made-up numbers). */
class AnswerRankerTest {
    @Test
    void should_give_the_order_models_first_sentence_of_an_article_that_articles_best_probability() {
        // given: article 0's probabilities favour its sentence 0, the order model its sentence 2, by ln 2 over sentence 1
        double[] probabilities = {0.8, 0.1, 0.3};
        double[] order = {-1.0, 1.0, 1.0 + Math.log(2)};

        // when
        double[] scores = AnswerRanker.spread(probabilities, order, new int[]{0, 0, 0});

        // then: the top score is still the question's best probability ("not found" is decided on it)
        assertArrayEquals(new double[]{0.8 * Math.exp(-1.0 - 1.0 - Math.log(2)), 0.4, 0.8}, scores, 1e-12);
    }

    @Test
    void should_leave_the_choice_of_article_to_the_probabilities() {
        // given: the order model prefers article 1's sentence by far, the probabilities article 0's
        double[] probabilities = {0.6, 0.3};
        double[] order = {-3.0, 2.0};

        // when
        double[] scores = AnswerRanker.spread(probabilities, order, new int[]{0, 1});

        // then: each article's only sentence keeps its article's best probability
        assertArrayEquals(new double[]{0.6, 0.3}, scores, 1e-12);
    }

    @Test
    void should_score_nothing_when_there_are_no_sentences() {
        assertEquals(0, AnswerRanker.spread(new double[0], new double[0], new int[0]).length);
    }
}
