package com.baowen.answer;

import com.baowen.InvalidInputException;
import com.baowen.SeedEngine;
import com.baowen.ingest.Article;
import com.baowen.retrieve.Retriever;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractive answerer over the real engine and the seed pages. */
class ExtractiveAnswererIT {
    private static Retriever retriever;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void index_the_seeds() {
        retriever = SeedEngine.shared().retriever();
        answerer = new ExtractiveAnswerer(retriever);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // how many (number + unit)
            "太谷区总工会送腊八粥坚持了几年？|8年|000_232fd453f4f86065.txt",
            "调度令要求多少家企业错峰停产？|51家|001_3b5fd5ac28644315.txt",
            "万品隆超市的特价芹菜一斤多少钱？|1.69元|003_5e18d6df73b2dd94.txt",
            // when (date)
            "吴丽丽哪一年获得了硕士学位？|2004|003_5e18d6df73b2dd94.txt",
            "省图书馆文化志愿者的报名截止到哪天？|1月9日|001_3b5fd5ac28644315.txt",
            // who (person)
            "谁为乌金山镇基层干部带来了村干部职业化的讲座？|师丹婧|000_232fd453f4f86065.txt",
            // where / which (place, organisation)
            "哪个县用“一村一策”摸排机制盘活闲置校舍建党群服务中心？|壶关县|002_349b83f5d47ec507.txt",
            // what
            "石坡村的王大爷在村级党群服务中心办成了什么事？|社保认证|002_349b83f5d47ec507.txt",
    })
    void should_answer_seed_questions_from_the_right_page(String question, String expected, String source) {
        // when
        Answer answer = answerer.answer(question, List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().contains(expected), answer.answer());
        assertTrue(answer.citations().stream().anyMatch(c -> c.source().equals(source) && c.snippet().contains(expected)),
                answer.citations().toString());
        assertCitationsExact(answer);
    }

    @Test
    void should_highlight_the_years_in_the_laba_porridge_sentence() {
        // when
        Answer answer = answerer.answer("太谷区总工会送腊八粥坚持了几年？", List.of(), 5);

        // then
        Citation first = answer.citations().get(0);
        String text = retriever.article(first.articleId()).orElseThrow().text();
        assertEquals("8年", text.substring(first.highlight()[0], first.highlight()[1]));
        assertTrue(answer.answer().startsWith(AnswerComposer.forReading(first.snippet()) + "[1]"), answer.answer());
    }

    @Test
    void should_cite_several_articles_for_a_question_about_several_places() {
        // when
        Answer answer = answerer.answer("哪些地方给劳动者送了腊八粥？", List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().contains("太谷区总工会"), answer.answer());
        assertTrue(answer.answer().contains("迎宾西社区"), answer.answer());
        assertTrue(answer.citations().stream().map(Citation::articleId).distinct().count() >= 2, answer.citations().toString());
        assertCitationsExact(answer);
    }

    @Test
    void should_answer_a_follow_up_about_the_article_of_the_previous_question() {
        // given
        List<Turn> history = List.of(
                new Turn("user", "左权县核桃产业示范基地能给西崖底等5个村带来多少分红？"),
                new Turn("assistant", answerer.answer("左权县核桃产业示范基地能给西崖底等5个村带来多少分红？", List.of(), 5).answer()));

        // when
        Answer answer = answerer.answer("那它投资了多少钱？", history, 5);

        // then
        assertFalse(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().contains("2795.44万元"), answer.answer());
        assertEquals("000_232fd453f4f86065.txt", answer.citations().get(0).source());
    }

    @Test
    void should_answer_a_traditional_chinese_question_like_the_simplified_one() {
        // when
        Answer traditional = answerer.answer("太谷區總工會送臘八粥堅持了幾年？", List.of(), 5);
        Answer simplified = answerer.answer("太谷区总工会送腊八粥坚持了几年？", List.of(), 5);

        // then
        assertEquals(simplified.answer(), traditional.answer());
        assertTrue(traditional.answer().contains("8年"), traditional.answer());
    }

    @ParameterizedTest
    @CsvSource({"万里长城有多长？", "怎样申请美国旅游签证？", "太原市2022年的常住人口是多少？", "iPhone 16 Pro的屏幕尺寸是多少？"})
    void should_say_not_found_when_the_articles_do_not_answer(String question) {
        // when
        Answer answer = answerer.answer(question, List.of(), 5);

        // then
        assertTrue(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().startsWith("已收录的文章中没有找到"), answer.answer());
        assertFalse(answer.answer().contains("["), answer.answer());
        assertTrue(answer.citations().size() <= 3, answer.citations().toString());
        assertCitationsExact(answer);
    }

    @Test
    void should_refuse_a_question_over_2000_characters_naming_its_length() {
        // when
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> answerer.answer("问".repeat(2001), List.of(), 5));

        // then: the caller's mistake, counted in code points
        assertEquals("question must be at most 2000 characters, got 2001", e.getMessage());
    }

    @Test
    void should_answer_a_follow_up_to_a_question_of_2000_characters() {
        // given: the follow-up joined to the previous question would be over 2,000 characters
        List<Turn> history = List.of(new Turn("user", "太谷区总工会送腊八粥坚持了几年？".repeat(125)),
                new Turn("assistant", "已连续坚持了8年。[1]"));

        // when
        Answer answer = answerer.answer("那它第一年呢？", history, 5);

        // then: answered from the seeds, not refused
        assertTrue(!answer.citations().isEmpty(), answer.toString());
    }

    /** Every snippet is the article text at its offsets, the highlight inside it, and every [n] has a citation. */
    private static void assertCitationsExact(Answer answer) {
        for (Citation c : answer.citations()) {
            Article article = retriever.article(c.articleId()).orElseThrow();
            assertEquals(c.snippet(), article.text().substring(c.start(), c.end()));
            assertEquals(article.source(), c.source());
            if (c.highlight() != null) {
                assertTrue(c.start() <= c.highlight()[0] && c.highlight()[0] < c.highlight()[1] && c.highlight()[1] <= c.end());
            }
        }
        for (int n = 1; n <= answer.citations().size(); n++) {
            assertEquals(n, answer.citations().get(n - 1).n());
        }
        assertFalse(answer.answer().contains("[" + (answer.citations().size() + 1) + "]"), answer.answer());
    }
}
