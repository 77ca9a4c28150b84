package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LlmAnswererTest {
    private static final List<Citation> SNIPPETS = List.of(
            new Citation(1, "a", "腊八送温情 粥到意更浓", "000.txt", "这一活动，太谷区总工会已连续坚持了8年。", 211, 231, new int[]{228, 230}, 0.8),
            new Citation(2, "b", "迎宾西社区", "000.txt", "榆次区迎宾西社区为快递员熬制暖心腊八粥。", 40, 60, null, 0.7),
            new Citation(3, "c", "调度令", "001.txt", "调度令将执行至9日24时。", 10, 22, null, 0.5));

    @Test
    void should_drop_markers_that_point_at_no_snippet_and_renumber_the_cited_ones() {
        // when
        Answer answer = LlmAnswerer.checked("迎宾西社区为快递员送粥[2][7]，太谷区总工会坚持了8年[1]。[0]", SNIPPETS);

        // then
        assertEquals("迎宾西社区为快递员送粥[1]，太谷区总工会坚持了8年[2]。", answer.answer());
        assertEquals(List.of("b", "a"), answer.citations().stream().map(Citation::articleId).toList());
        assertEquals(List.of(1, 2), answer.citations().stream().map(Citation::n).toList());
        assertEquals(211, answer.citations().get(1).start());
    }

    @Test
    void should_drop_a_sentence_quoting_what_its_snippet_does_not_say_and_renumber_what_is_left() {
        // when
        Answer answer = LlmAnswerer.checked("调度令“将执行至10日”[3]。太谷区总工会“已连续坚持了8年”[1]。", SNIPPETS);

        // then
        assertEquals("太谷区总工会“已连续坚持了8年”[1]。", answer.answer());
        assertEquals(List.of("a"), answer.citations().stream().map(Citation::articleId).toList());
    }

    @Test
    void should_refuse_an_answer_whose_only_cited_sentence_misquotes() {
        assertNull(LlmAnswerer.checked("总工会说“坚持了十年”[1]。", SNIPPETS));
    }

    @Test
    void should_refuse_an_answer_that_cites_nothing() {
        // when
        Answer answer = LlmAnswerer.checked("太谷区总工会坚持了8年。[9]", SNIPPETS);

        // then
        assertNull(answer);
    }
}
