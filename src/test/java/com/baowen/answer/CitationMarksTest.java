package com.baowen.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CitationMarksTest {
    private static final List<Citation> SNIPPETS = List.of(
            new Citation(1, "a", "腊八送温情 粥到意更浓", "000.txt", "这一活动，太谷区总工会已连续坚持了8年。", 211, 231, null, 0.8),
            new Citation(2, "b", "迎宾西社区", "000.txt", "榆次区迎宾西社区为快递员熬制暖心腊八粥。", 40, 60, null, 0.7));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "送粥[2]，坚持了8年[1]。          | 送粥[1]，坚持了8年[2]。",
            "坚持了8年[1][9]。[0]            | 坚持了8年[1]。",
            "编号[1234]不是出处[1]           | 编号[1234]不是出处[1]",
            "[[1]方括号[a]照留               | [[1]方括号[a]照留",
            "末尾没有闭合[1                  | 末尾没有闭合[1",
    })
    void should_renumber_marks_in_order_of_first_citation_and_drop_those_that_point_at_no_snippet(String text, String expected) {
        // when
        CitationMarks marks = new CitationMarks(SNIPPETS);
        String out = marks.push(text) + marks.finish();

        // then
        assertEquals(expected, out);
    }

    @Test
    void should_give_the_same_text_whatever_the_pieces_the_model_sends() {
        // given
        String text = "送粥[2][7]，坚持了8年[1]。[12]照旧[2]";
        String whole = CitationMarks.rewrite(text, SNIPPETS).answer();

        // when / then: every split into two pieces, and one character at a time
        for (int cut = 0; cut <= text.length(); cut++) {
            CitationMarks marks = new CitationMarks(SNIPPETS);
            assertEquals(whole, marks.push(text.substring(0, cut)) + marks.push(text.substring(cut)) + marks.finish(), "cut at " + cut);
        }
        CitationMarks marks = new CitationMarks(SNIPPETS);
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(marks.push(String.valueOf((char) c))));
        assertEquals(whole, out + marks.finish());
        assertEquals("送粥[1]，坚持了8年[2]。照旧[1]", whole);
    }

    @Test
    void should_hold_back_only_what_may_still_become_a_mark() {
        // given
        CitationMarks marks = new CitationMarks(SNIPPETS);

        // when / then
        assertEquals("坚持了8年", marks.push("坚持了8年["));
        assertEquals("", marks.push("2"));
        assertEquals("[1]。", marks.push("]。"));
        assertEquals(List.of("b"), marks.cited().stream().map(Citation::articleId).toList());
        assertEquals(1, marks.cited().get(0).n());
    }
}
