package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring and composing over literal seed sentences, without vectors (lexical and fit signals only). */
class AnswerComposerTest {
    private static final String LABA = "太谷区总工会的腊八送粥活动。1月17日一早，太谷区总工会工作人员来到环卫工人作业点，为环卫工人送上热腾腾的腊八粥。"
            + "这一活动，太谷区总工会已连续坚持了8年。";
    private static final String YINGBIN = "在榆次区迎宾西社区，社区工作人员为快递员熬制暖心腊八粥。";
    private static final String DIAODU = "在工业领域,除51家企业错峰停产、42家企业按照计划停产外,调度令对大钢和美锦钢铁均提出产能要求。";

    private final AnswerComposer composer = new AnswerComposer(NoAnswerThreshold.DEFAULT);

    @Test
    void should_answer_with_the_sentence_holding_the_number_and_highlight_it() {
        // when
        Answer answer = answer("太谷区总工会送腊八粥坚持了几年？");

        // then
        assertFalse(answer.noAnswer());
        assertEquals("这一活动，太谷区总工会已连续坚持了8年。[1]", answer.answer());
        Citation c = answer.citations().get(0);
        assertEquals("laba", c.articleId());
        assertEquals(c.snippet(), LABA.substring(c.start(), c.end()));
        assertEquals("8年", LABA.substring(c.highlight()[0], c.highlight()[1]));
    }

    @Test
    void should_answer_a_traditional_question_like_the_simplified_one() {
        // when
        Answer traditional = answer("太谷區總工會送臘八粥堅持了幾年？");

        // then
        assertEquals("这一活动，太谷区总工会已连续坚持了8年。[1]", traditional.answer());
    }

    @Test
    void should_cite_each_article_for_a_question_about_several_places() {
        // when
        Answer answer = answer("哪些社区给环卫工人、快递员送了腊八粥？");

        // then
        List<String> articles = answer.citations().stream().map(Citation::articleId).toList();
        assertTrue(articles.containsAll(List.of("laba", "yingbin")), articles.toString());
        assertTrue(answer.answer().contains("[2]"), answer.answer());
    }

    @Test
    void should_say_not_found_when_no_sentence_is_about_the_question() {
        // when
        Answer answer = answer("万里长城有多长？");

        // then
        assertTrue(answer.noAnswer());
        assertEquals("已收录的文章中没有找到“万里长城有多长？”的答案。", answer.answer());
        assertEquals(List.of(), answer.citations());
    }

    @Test
    void should_keep_offsets_exact_for_every_citation() {
        // when
        Answer answer = answer("调度令要求多少家企业错峰停产？");

        // then
        Citation c = answer.citations().get(0);
        assertEquals(DIAODU, c.snippet());
        assertArrayEquals(new int[]{DIAODU.indexOf("51家"), DIAODU.indexOf("51家") + 3}, c.highlight());
        assertEquals("在工业领域,除51家企业错峰停产、42家企业按照计划停产外,调度令对大钢和美锦钢铁均提出产能要求。[1]", answer.answer());
    }

    private Answer answer(String question) {
        Question q = Question.parse(question, List.of());
        List<Candidate> pool = new ArrayList<>();
        add(pool, "laba", "腊八送温情 粥到意更浓", 0, LABA);
        add(pool, "yingbin", "榆次区迎宾西社区为快递员熬制暖心腊八粥", 1, YINGBIN);
        add(pool, "diaodu", "我市发布今年首个调度令 加大四类污染源管控", 2, DIAODU);
        return composer.compose(q, SentenceScorer.score(q, null, pool));
    }

    /** Adds the article's sentences (cut at 。) as candidates. */
    private static void add(List<Candidate> pool, String id, String title, int rank, String text) {
        int start = 0;
        String previous = "";
        while (start < text.length()) {
            int end = text.indexOf('。', start);
            end = end < 0 ? text.length() : end + 1;
            String sentence = text.substring(start, end);
            pool.add(new Candidate(id, title, id + ".txt", rank, start, end, sentence, null, previous));
            previous = sentence;
            start = end;
        }
    }
}
