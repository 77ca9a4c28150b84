package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Features of a candidate sentence that need no model (made-up sentences). */
class SentenceFeaturesTest {
    @Test
    void should_measure_the_longest_run_shared_with_the_question_as_a_share_of_the_question() {
        // "大桥全长" (4 of the question's 7 characters) is the longest run both have
        assertEquals(4 / 7.0, SentenceFeatures.commonRun("大桥全长多少米", "这座大桥全长1260米，桥长多少"), 1e-9);
    }

    @Test
    void should_count_the_question_characters_the_title_lacks_that_the_sentence_holds() {
        // given: every character weighs 1
        Map<String, Double> weights = new LinkedHashMap<>();
        SentenceFeatures.hanChars("大桥的桥面有多宽？").forEach(c -> weights.put(c, 1.0));

        // when: 的, 面, 有, 多, 宽 are not in the title; the sentence holds 面 and 宽
        double share = SentenceFeatures.shareBeyond("桥面宽30米。", weights, "大桥通车");

        // then
        assertEquals(List.of("大", "桥", "的", "面", "有", "多", "宽"), SentenceFeatures.hanChars("大桥的桥面有多宽？"));
        assertEquals(2 / 5.0, share, 1e-9);
        assertEquals(Double.NaN, SentenceFeatures.shareBeyond("桥面宽30米。", Map.of("大", 1.0), "大桥通车"));
    }

    @Test
    void should_give_zero_when_nothing_is_shared() {
        assertEquals(0.0, SentenceFeatures.commonRun("大桥全长多少米", "总投资3.5亿元。"), 1e-9);
    }

    @Test
    void should_find_the_words_around_the_question_word_and_the_gap_between_them_in_the_sentence() {
        // "新大桥于" (4 characters) ends the words before 哪一年; "建成" starts the words after it; "2019年" (5) between
        int[] slot = SentenceFeatures.slot("新大桥于哪一年建成", "这座新大桥于2019年建成通车。");

        assertArrayEquals(new int[]{4, 2, 5, 6}, slot);
    }

    @Test
    void should_let_the_words_after_the_question_word_start_a_character_later_in_the_sentence() {
        // "时" follows the question word but not the year: "建成通车" (4) is found, the gap is still "2019年"
        int[] slot = SentenceFeatures.slot("新大桥于哪一年时建成通车", "这座新大桥于2019年建成通车。");

        assertArrayEquals(new int[]{4, 4, 5, 6}, slot);
    }

    @Test
    void should_report_no_gap_when_the_words_after_the_question_word_are_missing() {
        // "桥面宽" is found; "多少" asks; "米" alone is too short to count
        int[] slot = SentenceFeatures.slot("桥面宽多少米", "桥面宽30米。");

        assertArrayEquals(new int[]{3, 0, -1, 3}, slot);
    }

    @Test
    void should_report_nothing_for_a_question_without_a_question_word() {
        assertArrayEquals(new int[]{0, 0, -1, -1}, SentenceFeatures.slot("介绍一下大桥", "大桥建成。"));
    }
}
