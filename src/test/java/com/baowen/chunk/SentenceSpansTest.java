package com.baowen.chunk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void should_keep_a_quoted_remark_of_several_sentences_in_one_unit() {
        // given: the splitter cuts at each "。" inside the quotation marks
        String text = "村支书说：“今年新修了两条路。明年还要建一座桥。”村民们听了很高兴。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("村支书说：“今年新修了两条路。明年还要建一座桥。”", "村民们听了很高兴。"), sentences);
    }

    @Test
    void should_keep_a_parenthesis_with_exclamation_marks_in_one_unit() {
        // given: "!" inside the brackets is a terminator for the splitter
        String text = "该公司负责为旗下组合（包括Wow! Go! Team及其他乐队）出版影音产品。它成立于2001年。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("该公司负责为旗下组合（包括Wow! Go! Team及其他乐队）出版影音产品。", "它成立于2001年。"), sentences);
    }

    @Test
    void should_join_clauses_ended_by_semicolons() {
        // given
        String text = "该区位于河的右岸，西部与第一区接邻；北部毗邻第三区；南面是第五区。区内有一座教堂。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("该区位于河的右岸，西部与第一区接邻；北部毗邻第三区；南面是第五区。", "区内有一座教堂。"), sentences);
    }

    @Test
    void should_not_join_across_a_line_break() {
        // given: a quotation mark opened on one line and closed on the next, a semicolon at a line's end
        String text = "他说：“第一段讲完了。\n第二段接着讲。”\n一是修好村里的道路；\n二是建好河上的桥梁。";

        // when
        List<String> sentences = SentenceSpans.of(text).stream().map(s -> s.of(text)).toList();

        // then
        assertEquals(List.of("他说：“第一段讲完了。", "第二段接着讲。”", "一是修好村里的道路；", "二是建好河上的桥梁。"), sentences);
    }

    @Test
    void should_leave_a_stray_quotation_mark_as_the_splitter_cut() {
        // given: "“" never closed, and sentences enough to pass the longest join
        String sentence = "这是一句足够长的普通句子，用来把文章撑到两百字以上。";
        String text = "他提到“创新" + sentence.repeat(10);

        // when
        List<Span> spans = SentenceSpans.of(text);

        // then: as many units as sentences, none longer than the limit
        assertEquals(10, spans.size());
        assertTrue(spans.stream().allMatch(s -> s.length() <= SentenceSpans.MAX_JOINED));
    }

    @Test
    void should_not_join_a_quotation_longer_than_the_limit() {
        // given: a quoted remark whose closing mark comes after more than MAX_JOINED characters
        String sentence = "这是一句足够长的普通句子，用来把引语撑到两百字以上。";
        String text = "他说：“" + sentence.repeat(10) + "”";

        // when
        List<Span> spans = SentenceSpans.of(text);

        // then
        assertEquals(10, spans.size());
    }
}
