package com.baowen.eval;

import com.baowen.answer.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which runs of a gold paragraph's sentences hold a gold answer (made-up paragraph). */
class TrainingRowsTest {
    private static final List<String> SENTENCES = List.of("该树的叶呈尖锥状。", "成熟后叶呈鳞状。", "木材可制矛。", "心材可作颜料。");

    @Test
    void should_find_one_sentence_when_it_holds_the_answer() {
        assertArrayEquals(new int[][]{{2, 2}}, TrainingRows.goldRanges(paragraph(), List.of("木材")));
    }

    @Test
    void should_find_the_shortest_run_when_the_answer_crosses_a_sentence_boundary() {
        // when
        int[][] ranges = TrainingRows.goldRanges(paragraph(), List.of("尖锥状。成熟后叶呈鳞状"));

        // then: sentences 0 and 1 together, not 0..2
        assertArrayEquals(new int[][]{{0, 1}}, ranges);
    }

    @Test
    void should_find_every_place_of_any_gold_answer() {
        assertArrayEquals(new int[][]{{1, 1}, {2, 3}}, TrainingRows.goldRanges(paragraph(), List.of("鳞状", "制矛。心材")));
    }

    @Test
    void should_find_nothing_when_the_answer_needs_more_than_three_sentences() {
        assertEquals(0, TrainingRows.goldRanges(paragraph(), List.of("尖锥状。成熟后叶呈鳞状。木材可制矛。心材")).length);
    }

    private static List<Candidate> paragraph() {
        String text = String.join("", SENTENCES);
        List<Candidate> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < SENTENCES.size(); i++) {
            String s = SENTENCES.get(i);
            out.add(new Candidate("p", "树", "set.json", 0, null, i, SENTENCES.size(), start, start + s.length(), s, null,
                    "", "", text));
            start += s.length();
        }
        return out;
    }
}
