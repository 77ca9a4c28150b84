package com.baowen.eval;

import com.baowen.answer.Candidate;
import com.baowen.answer.TextFold;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which runs of a gold paragraph's sentences hold a gold answer, the near-topic and span-removed asks without them, and
 * the period-shifted question (made-up paragraphs).
 */
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

    @Test
    void should_ask_near_topic_without_the_sentences_that_hold_the_answer_nor_their_text() {
        // given: the gold answer needs sentences 0 and 1 together; another article's sentence names it too
        List<Candidate> candidates = new ArrayList<>(paragraph());
        candidates.add(new Candidate("q", "别的树", "set.json", 1, null, 0, 1, 0, 12, "别的树也呈尖锥状。成熟后叶呈鳞状。", null, "", "",
                "别的树也呈尖锥状。成熟后叶呈鳞状。"));

        // when
        List<Candidate> left = TrainingRows.withoutAnswer(candidates, "p", List.of("尖锥状。成熟后叶呈鳞状"));

        // then: the gold run and the other article's sentence are gone; what is left knows nothing of them
        assertEquals(List.of("木材可制矛。", "心材可作颜料。"), left.stream().map(Candidate::text).toList());
        assertEquals("木材可制矛。心材可作颜料。", left.get(0).articleText());
        assertEquals("", left.get(0).previous());
        assertEquals("心材可作颜料。", left.get(0).next());
    }

    @Test
    void should_ask_span_removed_with_every_sentence_kept_but_the_answer_text_cut_out_of_all_of_them() {
        // given: the answer "鳞状" in the gold paragraph's sentence 1 and in another article's sentence, written traditional
        List<Candidate> candidates = new ArrayList<>(paragraph());
        candidates.add(new Candidate("q", "別的樹", "set.json", 1, null, 0, 1, 0, 7, "別的樹葉呈鱗狀。", null, "", "",
                "別的樹葉呈鱗狀。"));

        // when
        List<Candidate> left = TrainingRows.withoutSpans(candidates, List.of("鳞状"));

        // then: every sentence is still asked, none holds the answer, offsets and the rest untouched
        assertEquals(List.of("该树的叶呈尖锥状。", "成熟后叶呈。", "木材可制矛。", "心材可作颜料。", "別的樹葉呈。"),
                left.stream().map(Candidate::text).toList());
        assertEquals("成熟后叶呈。", left.get(0).next());
        assertEquals("该树的叶呈尖锥状。成熟后叶呈。木材可制矛。心材可作颜料。", left.get(1).articleText());
        assertEquals(candidates.get(1).start(), left.get(1).start());
    }

    @Test
    void should_move_the_years_a_question_names_past_the_last_its_paragraph_names_and_no_other_question() {
        String paragraph = "该桥于2019年开工，2021年建成通车，全长2022米。2020年曾停工三个月。";
        // a year the paragraph names moves past its last year (2021), skipping any number the paragraph holds (2022)
        assertEquals(TextFold.fold("该桥于2023年开工后，哪一年建成通车？"), TrainingRows.periodShifted("该桥于2019年开工后，哪一年建成通车？", paragraph));
        // every year the question names moves, each to its own year, wherever it stands; folded as the answerer folds
        assertEquals(TextFold.fold("2023年至2024年间停工了多久？"), TrainingRows.periodShifted("2019年至2020年間停工了多久？", paragraph));
        assertEquals(TextFold.fold("2023 年建成的桥全长多少米？"), TrainingRows.periodShifted("2021 年建成的桥全长多少米？", paragraph));
        // a year the paragraph does not name, a question naming no year, a number that is not a year: not asked
        assertEquals(null, TrainingRows.periodShifted("该桥于2018年开工后，哪一年建成通车？", paragraph));
        assertEquals(null, TrainingRows.periodShifted("该桥哪一年建成通车？", paragraph));
        assertEquals(null, TrainingRows.periodShifted("全长2022米的桥哪一年建成？", paragraph));
        assertEquals(null, TrainingRows.periodShifted("2019年开工的桥哪一年建成？", ""));
    }

    private static List<Candidate> paragraph() {
        String text = String.join("", SENTENCES);
        List<Candidate> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < SENTENCES.size(); i++) {
            String s = SENTENCES.get(i);
            out.add(new Candidate("p", "树", "set.json", 0, null, i, SENTENCES.size(), start, start + s.length(), s, null,
                    i == 0 ? "" : SENTENCES.get(i - 1), i + 1 < SENTENCES.size() ? SENTENCES.get(i + 1) : "", text));
            start += s.length();
        }
        return out;
    }
}
