package com.baowen.answer;

import com.baowen.InvalidInputException;
import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.baowen.ingest.Article;
import com.baowen.retrieve.Retriever;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractive answerer with the bundled ranker over the real engine and a small made-up corpus
 * (five dated articles): each kind of question, "not found", traditional script, periods.
 */
class ExtractiveAnswererIT {
    private static Engine engine;
    private static Retriever retriever;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void index_the_made_up_articles() throws IOException {
        Path corpus = SeedEngine.tempDir("baowen-made-up-");
        try (InputStream in = ExtractiveAnswererIT.class.getResourceAsStream("/answer/made-up.jsonl")) {
            Files.copy(in, corpus.resolve("made-up.jsonl"));
        }
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-made-up-index-"));
        engine.index(IndexProgress.NONE);
        retriever = engine.retriever();
        answerer = new ExtractiveAnswerer(retriever);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // how many (number + unit)
            "青石县跨河大桥全长多少米？|1260米|bridge",
            "松原镇面粉厂现有多少名职工？|86名|mill",
            // when (date)
            "青石县跨河大桥是哪一天通车的？|2025年4月19日|bridge",
            "市图书馆周末志愿者的报名截止日期是哪天？|2025年1月15日|library",
            // who (person)
            "河湾村的党支部书记是谁？|韩立群|orchard",
            // which organisation
            "青石县跨河大桥的设计单位是哪个研究院？|江北路桥设计研究院|bridge",
    })
    void should_answer_each_kind_of_question_from_the_right_article(String question, String expected, String article) {
        // when
        Answer answer = answerer.answer(question, List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().contains(expected), answer.answer());
        assertTrue(answer.citations().stream().anyMatch(c -> c.articleId().equals(article) && c.snippet().contains(expected)),
                answer.citations().toString());
        assertCitationsExact(answer);
    }

    @Test
    void should_highlight_the_number_asked_for_inside_the_cited_sentence() {
        // when
        Answer answer = answerer.answer("松原镇面粉厂现有多少名职工？", List.of(), 5);

        // then: the sentence that holds the number has it highlighted
        Citation holding = answer.citations().stream().filter(c -> c.snippet().contains("86名")).findFirst().orElseThrow();
        String text = retriever.article(holding.articleId()).orElseThrow().text();
        assertEquals("86名", text.substring(holding.highlight()[0], holding.highlight()[1]));
    }

    @Test
    void should_highlight_an_amount_of_the_asked_unit_not_another_numeral_of_the_sentence() {
        // when: "几年" asks for years; the sentence also holds the numeral of "这一活动"
        Answer answer = answerer.answer("东坪街道总工会送腊八粥坚持了几年？", List.of(), 5);

        // then
        Citation holding = answer.citations().stream().filter(c -> c.snippet().contains("6年")).findFirst().orElseThrow();
        String text = retriever.article(holding.articleId()).orElseThrow().text();
        assertEquals("6年", text.substring(holding.highlight()[0], holding.highlight()[1]));
    }

    @Test
    void should_answer_a_traditional_chinese_question_like_the_simplified_one() {
        // when
        Answer traditional = answerer.answer("青石縣跨河大橋全長多少米？", List.of(), 5);
        Answer simplified = answerer.answer("青石县跨河大桥全长多少米？", List.of(), 5);

        // then: the same best sentence (a sentence joining it may differ: the two questions' vectors differ a little)
        assertEquals(simplified.citations().get(0).snippet(), traditional.citations().get(0).snippet());
        assertTrue(traditional.answer().contains("1260米"), traditional.answer());
    }

    @Test
    void should_keep_to_the_articles_of_the_period_a_question_names() {
        // when
        List<Candidate> candidates = answerer.candidates(Question.parse("2025年松原镇面粉厂获得了什么荣誉？", List.of()), 5);

        // then
        assertTrue(candidates.stream().anyMatch(c -> c.articleId().equals("mill2")), candidates.toString());
        assertTrue(candidates.stream().noneMatch(c -> c.articleId().equals("mill")), candidates.toString());
    }

    @ParameterizedTest
    @CsvSource({"万里长城有多长？", "怎样申请美国旅游签证？", "iPhone 16 Pro的屏幕尺寸是多少？"})
    void should_say_not_found_when_the_articles_do_not_answer(String question) {
        // when
        Answer answer = answerer.answer(question, List.of(), 5);

        // then
        assertTrue(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().startsWith("已收录的文章中没有找到"), answer.answer());
        assertFalse(answer.answer().contains("["), answer.answer());
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
        List<Turn> history = List.of(new Turn("user", "青石县跨河大桥全长多少米？".repeat(154)),
                new Turn("assistant", "大桥全长1260米。[1]"));

        // when
        Answer answer = answerer.answer("那它总投资多少？", history, 5);

        // then: answered from the made-up articles, not refused for the long history
        assertTrue(!answer.citations().isEmpty() && answer.answer().contains("3.5亿元"), answer.toString());
    }

    /** Every snippet is the article text at its offsets, the highlight inside it, and every [n] has a citation. */
    private static void assertCitationsExact(Answer answer) {
        for (Citation c : answer.citations()) {
            Article article = retriever.article(c.articleId()).orElseThrow();
            assertEquals(c.snippet(), article.text().substring(c.start(), c.end()));
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
