package com.baowen.answer;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question naming one day in an archive of the same report every day (a made-up one): the day's
 * article is retrieved even when its words rank it with all the others, and so is a report of the next day that
 * names the day.
 */
class DatedQuestionIT {
    private static final int DAYS = 40;
    private static Engine engine;

    @BeforeAll
    static void index() throws Exception {
        // given: one report a day, alike but for the figure; the text never names its day
        Path corpus = SeedEngine.tempDir("baowen-dated-corpus");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("daily.jsonl"), StandardCharsets.UTF_8)) {
            writeCorpus(w, json);
        }
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-dated-index"));
        engine.index(IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void should_answer_from_the_article_of_the_day_the_question_names() {
        // given
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());
        int day = 23; // 2024-03-24

        // when
        Answer answer = answerer.answer("2024年3月24日，湖滨市各景区共接待游客多少万人次？", List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.toString());
        assertEquals("daily-2024-03-24", answer.citations().get(0).articleId(), answer.toString());
        assertTrue(answer.answer().contains(figure(day) + "万人次"), answer.answer());
    }

    @Test
    void should_put_an_article_of_the_days_after_that_names_the_day_asked_with_the_days_own() {
        // given: the question names the 24th; the event's report is dated the 25th and says "24日"
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());
        Question q = answerer.parse("2024年3月24日，湖滨市龙舟邀请赛共有多少支队伍参赛？", List.of(), 5);

        // when
        List<Candidate> candidates = answerer.candidates(q, 5);
        Answer answer = answerer.answer(q.text(), List.of(), 5);

        // then: it is searched first, as the day's own report is (retrieval's order between the two), and answers
        assertTrue(candidates.stream().filter(c -> c.articleId().equals("boat-2024-03-25"))
                .allMatch(c -> c.articleRank() == 0), candidates.stream().map(c -> c.articleId() + "@" + c.articleRank())
                .distinct().toList().toString());
        assertTrue(answer.answer().contains("36支"), answer.toString());
    }

    @Test
    void should_not_search_outside_the_dates_the_reader_limited_the_question_to() {
        // given: the reader limited the archive to early March; the question names a later day
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(new com.baowen.retrieve.DateLimitedRetriever(engine.retriever(),
                new com.baowen.retrieve.DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10))));

        // when
        Answer answer = answerer.answer("2024年3月24日，湖滨市各景区共接待游客多少万人次？", List.of(), 5);

        // then: whatever it answers comes from the reader's range
        for (Citation c : answer.citations()) {
            assertTrue(c.articleId().compareTo("daily-2024-03-11") < 0, c.articleId());
        }
    }

    /** The daily reports ({@link #writeDailyReports}) and a report of the next morning on an event of the 24th. */
    static void writeCorpus(BufferedWriter w, ObjectMapper json) throws java.io.IOException {
        writeDailyReports(w, json);
        // naming its day as news does
        w.write(json.writeValueAsString(Map.of("id", "boat-2024-03-25", "title", "湖滨市举办龙舟赛",
                "text", "本报讯 湖滨市24日在南湖举办龙舟邀请赛，共有36支队伍参赛。", "date", "2024-03-25")));
        w.write('\n');
    }

    /** {@link #DAYS} reports, one a day from 1 March 2024, alike but for the figure; the text never names its day. */
    static void writeDailyReports(BufferedWriter w, ObjectMapper json) throws java.io.IOException {
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = LocalDate.of(2024, 3, 1).plusDays(i);
            String text = "本报讯 今天，湖滨市文化和旅游局发布数据，全市各景区当日共接待游客" + figure(i)
                    + "万人次，同比增长" + (i % 9 + 2) + "%。景区管理部门提醒游客错峰出行，文明游览。";
            w.write(json.writeValueAsString(Map.of("id", "daily-" + day, "title", "湖滨市景区接待游客情况",
                    "text", text, "date", day.toString())));
            w.write('\n');
        }
    }

    /** A figure different for every day, e.g. 12.3. */
    private static String figure(int i) {
        return (10 + i) + "." + (i * 7 % 10);
    }
}
