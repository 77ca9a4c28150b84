package com.baowen.answer;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
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
 * A question naming one episode of a programme in an archive holding a report on every episode (a made-up one),
 * alike but for the episode's number and title: the episode asked is found however far down its words rank it, and
 * an episode the archive does not hold is not answered from the others.
 */
class EditionQuestionIT {
    private static final int EPISODES = 12;
    /** The titles of the episodes, one each. */
    private static final List<String> TITLES = List.of("春水初生", "林深见鹿", "山高水长", "云起时分", "石上清泉", "竹影摇风",
            "江畔人家", "古道西风", "雪落无声", "渔舟唱晚", "星垂平野", "月照松间");
    private static Engine engine;

    @BeforeAll
    static void index() throws Exception {
        // given: one report a night, from the first episode to the twelfth, numbered in digits (the questions ask in
        // Chinese numerals, so no word of the question tells the reports apart)
        Path corpus = SeedEngine.tempDir("baowen-edition-corpus");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("episodes.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= EPISODES; i++) {
                LocalDate day = LocalDate.of(2024, 5, 1).plusDays(i);
                String text = "本报讯 大型纪录片《山川纪行》今晚在综合频道播出第" + i + "集《" + TITLES.get(i - 1)
                        + "》。本集讲述了沿线群众守护绿水青山、发展特色产业的故事，展现了新时代乡村的新面貌。";
                w.write(json.writeValueAsString(Map.of("id", "episode-" + i, "title", "纪录片《山川纪行》今晚播出",
                        "text", text, "date", day.toString())));
                w.write('\n');
            }
        }
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-edition-index"));
        engine.index(IndexProgress.NONE);
    }

    /** 3 → 三, 11 → 十一 (ICU's Chinese spell-out, as {@link Editions} reads them). */
    private static String chinese(int n) {
        return new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT).format(n);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void should_answer_from_the_report_on_the_episode_asked_when_the_others_rank_before_it() {
        // given: three articles searched of twelve alike, so reports on other episodes take their places unless the
        // search goes deeper
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());

        for (int episode : new int[]{3, 9, 11}) {
            // when
            Answer answer = answerer.answer("纪录片《山川纪行》第" + chinese(episode) + "集的片名是什么？", List.of(), 3);

            // then
            assertFalse(answer.noAnswer(), answer.toString());
            assertEquals("episode-" + episode, answer.citations().get(0).articleId(), answer.toString());
            assertTrue(answer.answer().contains(TITLES.get(episode - 1)), answer.answer());
        }
    }

    @Test
    void should_not_answer_an_episode_the_archive_does_not_hold_from_the_others() {
        // given
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());

        // when
        Answer answer = answerer.answer("纪录片《山川纪行》第十四集的片名是什么？", List.of(), 3);

        // then
        assertTrue(answer.noAnswer(), answer.toString());
    }
}
