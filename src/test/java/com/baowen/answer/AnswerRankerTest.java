package com.baowen.answer;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the models' outputs become one score per sentence and one verdict per question (made-up numbers). */
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

    @Test
    void should_bundle_the_best_probability_deciding_not_found_and_answer_nothing_without_candidates() {
        // when
        AnswerRanker ranker = AnswerRanker.bundled();
        AnswerRanker.Ranking none = ranker.rank(List.of());

        // then: no answerability model (it refused answerable news questions; train --answerability fits one)
        assertNull(ranker.tuning().answerabilityModel());
        assertNull(ranker.tuning().answerable());
        assertTrue(ranker.tuning().notFound().how().contains("is answered \"not found\""), ranker.tuning().notFound().how());
        assertFalse(none.answerable());
        assertEquals(0, none.scores().length);
    }

    @Test
    void should_refuse_a_record_with_an_answerability_model_but_no_bar() {
        // when
        BaowenException e = assertThrows(BaowenException.class, () -> new Tuning("m", null, SentenceFeatures.NAMES,
                new Tuning.Constant(16, "t"), new Tuning.Constant(0.3, "t"), "a.ubj", null, new Tuning.Constant(0.5, "t"),
                new Tuning.Constant(0.25, "t"), new Tuning.Constant(2, "t"), null, null, null, null, Map.of(), Map.of()));

        // then
        assertTrue(e.getMessage().contains("a.ubj"), e.getMessage());
    }
}
