package com.baowen.chunk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSpansTest {

    @Test
    void should_merge_a_short_sentence_into_the_next() {
        // given: "图为现场。" is 5 characters
        String text = "图为现场。这一活动，太谷区总工会已连续坚持了8年。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("图为现场。这一活动，太谷区总工会已连续坚持了8年。"), sentences);
    }

    @Test
    void should_merge_a_short_last_sentence_into_the_previous() {
        // given
        String text = "农历腊月初八这天有吃腊八粥的习俗。\n本报讯";

        // when
        List<Span> spans = SentenceSpans.of(text);

        // then
        assertEquals(List.of(new Span(0, text.length())), spans);
    }

    @Test
    void should_keep_sentences_of_eight_characters_or_more_apart() {
        // given
        String text = "农历腊月初八这天有吃腊八粥的习俗。这一活动已连续坚持了8年。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("农历腊月初八这天有吃腊八粥的习俗。", "这一活动已连续坚持了8年。"), sentences);
    }
}
