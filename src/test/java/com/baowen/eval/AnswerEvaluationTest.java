package com.baowen.eval;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerEvaluationTest {
    private static final Citation LABA = new Citation(1, "000-01", "腊八送温情 粥到意更浓", "000_232fd453f4f86065.txt",
            "这一活动，太谷区总工会已连续坚持了 8年。", 211, 232, null, 0.8);
    private static final Citation OTHER_FILE = new Citation(1, "001-01", "调度令", "001_3b5fd5ac28644315.txt",
            "这一活动已连续坚持了8年。", 10, 23, null, 0.5);

    /** Answers from a fixed table, as a stand-in for a real answerer whose answers are known. */
    private static Answerer table(Map<String, Answer> answers) {
        return (question, history, topK) -> answers.get(question);
    }

    @Test
    void should_count_grounded_only_when_a_gold_citation_holds_the_expected_text() {
        // given
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("d1", "坚持了几年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false),
                new EvalQuestion("d2", "一共几年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false),
                new EvalQuestion("d3", "几家企业？", null, "001_3b5fd5ac28644315.txt", List.of("51家"), List.of(), false),
                new EvalQuestion("n1", "万里长城有多长？", null, null, List.of(), List.of(), true, "topic absent"),
                new EvalQuestion("n2", "签证怎么办？", null, null, List.of(), List.of(), true, "detail not given"),
                new EvalQuestion("b1", " ", null, null, List.of(), List.of(), false));
        Answerer answerer = table(Map.of(
                "坚持了几年？", new Answer("这一活动，太谷区总工会已连续坚持了8年。[1]", false, List.of(LABA), 3),
                "一共几年？", new Answer("这一活动已连续坚持了8年。[1]", false, List.of(OTHER_FILE), 3),
                "几家企业？", new Answer("已收录的文章中没有找到“几家企业？”的答案。", true, List.of(), 3),
                "万里长城有多长？", new Answer("已收录的文章中没有找到“万里长城有多长？”的答案。", true, List.of(), 3),
                "签证怎么办？", new Answer("这一活动已连续坚持了8年。[1]", false, List.of(OTHER_FILE), 3)));

        // when
        AnswerEvaluation.Result r = AnswerEvaluation.run("dev", answerer, questions, 5);

        // then
        assertEquals(3, r.answerable());
        assertEquals(1, r.grounded());
        assertEquals(2, r.contains());
        assertEquals(1, r.goldCited());
        assertEquals(1, r.falseNotFound());
        assertEquals(2, r.none());
        assertEquals(1, r.noneNotFound());
        assertEquals(Map.of("topic absent", new AnswerEvaluation.Refused(1, 1), "detail not given", new AnswerEvaluation.Refused(0, 1)),
                r.noneByKind());
        assertTrue(r.format().contains("by kind          topic absent 1/1, detail not given 0/1"), r.format());
        // two of three hold gold: the Wilson interval of so few questions spans most of the scale
        assertTrue(r.format().contains("answer contains gold  66.7% (2/3), 95% interval 20.8–93.9%"), r.format());
        assertEquals(1, r.blank());
        // the two answered answerable questions: 20 and 13 characters without their marks
        assertEquals(16.5, r.meanAnswerChars());
        assertEquals(List.of("d2", "d3", "n2"), r.misses());
        assertEquals(List.of(
                        new AnswerEvaluation.Miss("d2", "一共几年？", List.of("8年"), false, 0.5, "这一活动已连续坚持了8年。[1]", true),
                        new AnswerEvaluation.Miss("d3", "几家企业？", List.of("51家"), true, Double.NaN, "已收录的文章中没有找到“几家企业？”的答案。",
                                false),
                        new AnswerEvaluation.Miss("n2", "签证怎么办？", List.of(), false, 0.5, "这一活动已连续坚持了8年。[1]", false)),
                r.missed());
        assertEquals("""
                n2  answered, best 0.500
                  Q: 签证怎么办？
                  expected: not found (none)
                  A: 这一活动已连续坚持了8年。[1]
                """, r.formatMisses().substring(r.formatMisses().indexOf("n2")));
        assertTrue(r.formatMisses().startsWith("d2  answered, holds gold from another article, best 0.500\n"), r.formatMisses());
    }

    @Test
    void should_call_the_score_of_a_not_found_the_first_related_articles_not_the_best() {
        // given: "not found", with a related article listed (a "not found" lists articles, not its best sentence)
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("d1", "坚持了几年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false));
        Answerer answerer = table(Map.of(
                "坚持了几年？", new Answer("已收录的文章中没有找到“坚持了几年？”的答案。", true, List.of(OTHER_FILE), 3)));

        // when
        AnswerEvaluation.Result r = AnswerEvaluation.run("dev", answerer, questions, 5);

        // then
        assertTrue(r.formatMisses().startsWith("d1  not found, first related 0.500\n"), r.formatMisses());
    }

    @Test
    void should_need_every_expected_text_for_all_questions() {
        // given
        EvalQuestion q = new EvalQuestion("d1", "哪些地方？", null, "000_232fd453f4f86065.txt", List.of(),
                List.of("太谷区总工会", "迎宾西社区"), false);
        Answer half = new Answer("这一活动，太谷区总工会已连续坚持了8年。[1]", false, List.of(LABA), 3);

        // when
        AnswerEvaluation.Result r = AnswerEvaluation.run("dev", table(Map.of("哪些地方？", half)), List.of(q), 5);

        // then
        assertEquals(0, r.grounded());
        assertEquals(0, r.contains());
        assertEquals(1, r.goldCited());
    }

    @Test
    void should_count_a_highlight_on_gold_only_when_it_overlaps_the_expected_text() {
        // given: the same cited sentence, highlighted once on "8年" and once on "太谷区总工会"
        String snippet = LABA.snippet();
        int year = LABA.start() + snippet.indexOf("8年");
        int union = LABA.start() + snippet.indexOf("太谷区总工会");
        Citation onYear = new Citation(1, LABA.articleId(), LABA.title(), LABA.source(), snippet, LABA.start(), LABA.end(),
                new int[]{year, year + 2}, 0.8);
        Citation onUnion = new Citation(1, LABA.articleId(), LABA.title(), LABA.source(), snippet, LABA.start(), LABA.end(),
                new int[]{union, union + 6}, 0.8);
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("d1", "坚持了几年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false),
                new EvalQuestion("d2", "一共几年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false),
                new EvalQuestion("d3", "多少年？", null, "000_232fd453f4f86065.txt", List.of("8年"), List.of(), false));
        Answerer answerer = table(Map.of(
                "坚持了几年？", new Answer(snippet + "[1]", false, List.of(onYear), 3),
                "一共几年？", new Answer(snippet + "[1]", false, List.of(onUnion), 3),
                "多少年？", new Answer(snippet + "[1]", false, List.of(LABA), 3)));

        // when
        AnswerEvaluation.Result r = AnswerEvaluation.run("dev", answerer, questions, 5);

        // then: all three hold "8年", two carry a highlight, one of them on it
        assertEquals(3, r.contains());
        assertEquals(2, r.highlighted());
        assertEquals(1, r.highlightOnGold());
    }

    @Test
    void should_compare_answers_with_gold_as_the_cmrc_evaluation_does_without_case_or_punctuation() {
        // given: gold answers that took a stray full stop, differ in case or in a mark, and one the answer lacks
        Citation cited = new Citation(1, "p-1", "湖滨公司", "p.txt", "湖滨公司收购了Lakeside Foods的品牌，但并未裁员。", 0, 25, null, 0.8);
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("d1", "裁员了吗？", "p-1", null, List.of("。但并未裁员。"), List.of(), false),
                new EvalQuestion("d2", "什么品牌？", "p-1", null, List.of("lakeside foods"), List.of(), false),
                new EvalQuestion("d3", "收购了什么？", "p-1", null, List.of("《Lakeside Foods》的品牌"), List.of(), false),
                new EvalQuestion("d4", "几家？", "p-1", null, List.of("四家"), List.of(), false),
                new EvalQuestion("d5", "什么标点？", "p-1", null, List.of("，"), List.of(), false));
        Answer answer = new Answer(cited.snippet() + "[1]", false, List.of(cited), 3);
        Answerer answerer = (question, history, topK) -> answer;

        // when
        AnswerEvaluation.Result r = AnswerEvaluation.run("dev", answerer, questions, 5);

        // then: only "四家" is missing; a gold answer of marks alone is compared with its marks
        assertEquals(List.of("d4"), r.misses());
        assertEquals(4, r.grounded());
        assertEquals("但并未裁员", AnswerEvaluation.squash("。但并未 裁员。"));
        assertTrue(AnswerEvaluation.holds("甲，乙", "，"));
        assertFalse(AnswerEvaluation.holds("甲乙", "，"));
        assertFalse(AnswerEvaluation.holds("甲乙", " "));
    }
}
