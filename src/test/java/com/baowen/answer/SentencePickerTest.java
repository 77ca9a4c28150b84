package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which scored sentences an answer takes and how they group into passages (made-up probabilities). */
class SentencePickerTest {
    @Test
    void should_take_the_best_then_others_over_the_join_bar_in_order_of_probability() {
        // given: four sentences of two articles, best first, none next to another
        double[] p = {0.9, 0.6, 0.5, 0.1};
        int[] article = {0, 1, 0, 1};
        int[] index = {2, 7, 5, 0};

        // when
        List<Integer> picks = SentencePicker.pick(p, article, index, 0.05, 0.05, 0.5, 0.5, 3);

        // then: 0.6 and 0.5 reach 0.5 × 0.9, 0.1 does not
        assertEquals(List.of(0, 1, 2), picks);
    }

    @Test
    void should_take_a_neighbour_of_a_pick_at_the_adjacent_bar_and_then_its_neighbour() {
        // given: the sentences after the best (positions 3, 4 of article 0) are weak on their own
        double[] p = {0.8, 0.3, 0.25, 0.2};
        int[] article = {0, 1, 0, 0};
        int[] index = {2, 0, 3, 4};

        // when: join bar 0.4, adjacent bar 0.16
        List<Integer> picks = SentencePicker.pick(p, article, index, 0.05, 0.05, 0.5, 0.2, 3);

        // then: position 3 joins as the best's neighbour, then 4 as position 3's
        assertEquals(List.of(0, 2, 3), picks);
        assertEquals(List.of(List.of(0, 2, 3)), SentencePicker.passages(picks, article, index));
    }

    @Test
    void should_never_take_a_neighbour_under_the_not_found_bar() {
        // when
        List<Integer> picks = SentencePicker.pick(new double[]{0.5, 0.09}, new int[]{0, 0}, new int[]{1, 2}, 0.1, 0.1, 0.5, 0.1, 3);

        // then
        assertEquals(List.of(0), picks);
    }

    @Test
    void should_take_a_neighbour_under_the_not_found_bar_down_to_its_own_floor_but_no_other_sentence() {
        // given: the best (0.9) in article 0 at 1; its neighbour at 2 scores 0.02, a sentence of article 1 0.02 too
        double[] p = {0.9, 0.02, 0.02, 0.001};
        int[] article = {0, 0, 1, 0};
        int[] index = {1, 2, 0, 3};

        // when: the not-found bar 0.05; a neighbour needs 0.01 and 0.005 of the best
        List<Integer> picks = SentencePicker.pick(p, article, index, 0.05, 0.01, 0.5, 0.005, 3);

        // then: the neighbour joins, the other article's sentence does not, nor the next neighbour (under its floor)
        assertEquals(List.of(0, 1), picks);
    }

    @Test
    void should_group_consecutive_picks_of_one_article_in_text_order_and_keep_the_rest_apart() {
        // given: picks 0 (article 0, position 4), 1 (article 1, position 3), 2 (article 0, position 3)
        int[] article = {0, 1, 0};
        int[] index = {4, 3, 3};

        // when
        List<List<Integer>> passages = SentencePicker.passages(List.of(0, 1, 2), article, index);

        // then: article 0's positions 3 and 4 read as one passage, first because it holds the first pick
        assertEquals(List.of(List.of(2, 0), List.of(1)), passages);
    }
}
