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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question about a month in an archive of daily reports and one monthly summary (made-up): the month's figure
 * runs after the month ends, so the summary answers, not a report dated inside the month; a month the archive does
 * not reach is "not found" naming the dates searched, which a question to undated pages does not name.
 */
class PeriodFigureIT {
    private static Engine engine;

    @BeforeAll
    static void index() throws Exception {
        // given: DatedQuestionIT's report a day from 1 March to 9 April, and the March summary published on 3 April
        Path corpus = SeedEngine.tempDir("baowen-period-corpus");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("daily.jsonl"), StandardCharsets.UTF_8)) {
            DatedQuestionIT.writeDailyReports(w, json);
            w.write(json.writeValueAsString(Map.of("id", "monthly-2024-03", "title", "湖滨市3月份景区接待游客情况",
                    "text", "本报讯 记者从湖滨市文化和旅游局获悉，3月份，全市各景区共接待游客1234.5万人次，同比增长12%，"
                            + "其中外地游客占六成。", "date", "2024-04-03")));
            w.write('\n');
        }
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-period-index"));
        engine.index(IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void should_answer_a_months_figure_from_the_report_published_after_the_month() {
        // given
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());

        // when
        Answer answer = answerer.answer("2024年3月，湖滨市各景区共接待游客多少万人次？", List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.toString());
        assertEquals("monthly-2024-03", answer.citations().get(0).articleId(), answer.toString());
        assertTrue(answer.answer().contains("1234.5万人次"), answer.answer());
    }

    @Test
    void should_say_that_nothing_was_published_when_a_month_after_the_archive_is_asked() {
        // given: the archive ends on 9 April; March's figure is there, July's is not
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());

        // when
        Answer answer = answerer.answer("2024年7月，湖滨市各景区共接待游客多少万人次？", List.of(), 5);

        // then: not March's figure, and the window searched is named (July and the 47 days its figures may run after)
        assertTrue(answer.noAnswer(), answer.toString());
        assertTrue(answer.answer().contains("发布于2024-07-01至2024-09-16之间"), answer.answer());
    }

    @Test
    void should_not_name_dates_searched_in_an_archive_of_undated_pages() {
        // given: the seed pages, which carry no date
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(SeedEngine.shared().retriever());

        // when
        Answer answer = answerer.answer("太原市2022年的常住人口是多少？", List.of(), 5);

        // then
        assertTrue(answer.noAnswer(), answer.toString());
        assertFalse(answer.answer().contains("发布于"), answer.answer());
    }
}
