package com.baowen.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "太谷区总工会送腊八粥坚持了几年？, NUMBER, 年",
            "调度令要求多少家企业错峰停产？, NUMBER, 家",
            "窑沟村60岁及以上的老人占多大比例？, NUMBER, %",
            "万品隆超市的特价芹菜一斤多少钱？, NUMBER, 元",
            "吴丽丽哪一年获得了硕士学位？, DATE, ",
            "省图书馆文化志愿者的报名截止到哪天？, DATE, ",
            "谁为乌金山镇基层干部带来了讲座？, PERSON, ",
            "哪个县用“一村一策”摸排机制盘活闲置校舍建党群服务中心？, PLACE, ",
            "冬天哪些社区或单位给环卫工、快递员送了热粥？, PLACE, ",
            "师丹婧的讲座从哪几个方面阐释了村干部职业化？, OTHER, ",
            "石坡村的王大爷在村级党群服务中心办成了什么事？, OTHER, ",
    })
    void should_tell_what_a_question_asks_for(String question, QuestionType type, String unit) {
        // when
        Question q = Question.parse(question, List.of());

        // then
        assertEquals(type, q.type());
        assertEquals(unit, q.unit());
    }

    @Test
    void should_fold_traditional_question_to_the_simplified_one() {
        // given
        Question traditional = Question.parse("太谷區總工會送臘八粥堅持了幾年？", List.of());
        Question simplified = Question.parse("太谷区总工会送腊八粥坚持了几年？", List.of());

        // then
        assertEquals(simplified.folded(), traditional.folded());
        assertEquals(simplified.terms(), traditional.terms());
        assertEquals(QuestionType.NUMBER, traditional.type());
    }

    @Test
    void should_drop_question_words_from_key_terms() {
        // when
        List<String> terms = Question.parse("麻田镇种了多少亩核桃？", List.of()).terms().stream().map(Term::text).toList();

        // then
        assertEquals(List.of("麻田", "田镇", "镇种", "亩核", "核桃"), terms);
    }

    @Test
    void should_carry_the_previous_question_into_a_follow_up() {
        // given
        List<Turn> history = List.of(
                new Turn("user", "左权县核桃产业示范基地能带来多少分红？"),
                new Turn("assistant", "可为西崖底等5个村带来分红53万元。[1]"));

        // when
        Question q = Question.parse("那它投资了多少钱？", history);

        // then
        assertEquals("左权县核桃产业示范基地能带来多少分红？ 那它投资了多少钱？", q.retrievalQuery());
        assertEquals(new Term("投资", 1.0), q.terms().get(0));
        assertTrue(q.terms().contains(new Term("核桃", 0.5)));
        assertEquals("元", q.unit());
    }

    @Test
    void should_not_treat_a_self_contained_question_as_a_follow_up() {
        // given
        List<Turn> history = List.of(new Turn("user", "左权县核桃产业示范基地能带来多少分红？"));

        // when
        Question q = Question.parse("调度令要求多少家企业错峰停产？", history);

        // then
        assertEquals("调度令要求多少家企业错峰停产？", q.retrievalQuery());
        assertFalse(q.terms().stream().anyMatch(t -> t.text().equals("核桃")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "太原市2022年的常住人口是多少？|太原",
            "“乡里制”的职能有哪些？|乡里制",
            "哪个县用“一村一策”摸排机制盘活闲置校舍建党群服务中心？|一村一策",
            "2024年以来淮海社区已经加装并投入使用了多少部电梯？|淮海",
            "阳高县有多少名党员干部参与了社区服务？|阳高",
            // a suffix that begins a common word is no place: 村级, not a village called 改成
            "壶关县怎样把闲置校舍改成村级党群服务中心？|壶关",
            "太原市的农贸市场有多少个？|太原",
    })
    void should_take_the_names_an_answering_article_must_mention(String question, String name) {
        // when
        List<String> names = Question.parse(question, List.of()).names();

        // then
        assertEquals(List.of(name), names);
    }

    @Test
    void should_cap_the_retrieval_query_of_a_follow_up_by_dropping_the_oldest_context() {
        // given: a previous question of 2,000 characters with an emoji in it
        String previous = "😀" + "左权县核桃产业示范基地能带来多少分红？".repeat(105);
        List<Turn> history = List.of(new Turn("user", previous), new Turn("assistant", "每年分红。"));

        // when
        Question q = Question.parse("那它投资了多少钱？", history);

        // then: the whole follow-up, after the newest 1,990 characters of the previous question
        String query = q.retrievalQuery();
        assertEquals(2000, query.codePointCount(0, query.length()));
        assertTrue(query.endsWith("分红？ 那它投资了多少钱？"), query.substring(query.length() - 20));
        assertFalse(query.contains("😀"));
    }
}
