package com.baowen.retrieve;

import com.baowen.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryTextTest {
    static final String EMOJI = "😀";          // one code point, two UTF-16 units
    static final String EXT_B = "𠀀";          // CJK Extension B, one code point, two UTF-16 units

    @Test
    void should_count_emoji_and_extension_b_as_one_character_each() {
        // given: 2,000 code points in 3,999 UTF-16 units
        String text = EMOJI.repeat(1000) + EXT_B.repeat(999) + "问";

        // then
        assertEquals(3999, text.length());
        assertEquals(2000, QueryText.length(text));
        assertEquals(text, QueryText.check(text, "question"));
    }

    @Test
    void should_refuse_2001_code_points_naming_the_field_and_the_count() {
        var e = assertThrows(InvalidInputException.class, () -> QueryText.check("问".repeat(2001), "question"));

        assertEquals("question must be at most 2000 characters, got 2001", e.getMessage());
    }

    @Test
    void should_keep_the_question_whole_and_drop_the_oldest_context_when_too_long() {
        // given: a previous question of 2,000 characters and a follow-up
        String previous = "甲".repeat(1000) + "乙".repeat(1000);
        String followUp = "那第二年呢？";

        // when
        String query = QueryText.withContext(previous, followUp);

        // then: the oldest 7 characters of the context are dropped, the question is whole, the whole fits
        assertEquals(2000, QueryText.length(query));
        assertEquals("甲".repeat(993) + "乙".repeat(1000) + " " + followUp, query);
    }

    @Test
    void should_join_context_and_question_when_both_fit() {
        assertEquals("腊八粥送了几年？ 第一年呢？", QueryText.withContext("腊八粥送了几年？", "第一年呢？"));
    }

    @Test
    void should_not_split_a_surrogate_pair_when_dropping_context() {
        String query = QueryText.withContext(EMOJI.repeat(2000), "问".repeat(1990));

        assertEquals(EMOJI.repeat(9) + " " + "问".repeat(1990), query);
    }

    @Test
    void should_leave_out_the_context_when_the_question_fills_the_limit() {
        String question = "问".repeat(2000);

        assertEquals(question, QueryText.withContext("太谷区总工会", question));
    }
}
