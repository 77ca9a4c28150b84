package com.baowen.eval;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.Answerers;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.index.IndexProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `eval --unanswerable` on a made-up SQuAD set of three paragraphs on unrelated topics (real model and index). */
class UnanswerableEvaluationIT {
    private static final String SET = """
            {"data":[{"title":"新大桥","paragraphs":[{"id":"bridge","context":"新大桥于2019年10月建成通车。大桥全长1260米，\
            双向六车道。大桥由市交通局负责建设，总投资35亿元。","qas":[
              {"id":"b1","question":"新大桥全长多少米？","answers":[{"text":"1260米","answer_start":0}]},
              {"id":"b2","question":"新大桥于哪一年建成通车？","answers":[{"text":"2019年","answer_start":0}]},
              {"id":"b3","question":"2019年建成通车的新大桥全长多少米？","answers":[{"text":"1260米","answer_start":0}]}]}]},
            {"title":"水稻","paragraphs":[{"id":"rice","context":"今年全县水稻种植面积达到12万亩。经测产，杂交水稻亩产650公斤，\
            比去年增产8%。农技人员在田间指导农户科学施肥。","qas":[
              {"id":"r1","question":"杂交水稻亩产多少公斤？","answers":[{"text":"650公斤","answer_start":0}]}]}]},
            {"title":"足球联赛","paragraphs":[{"id":"football","context":"市青少年足球联赛昨日开幕，共有32支球队参赛。\
            比赛将持续两个月，决赛在市体育中心举行。","qas":[]}]}]}
            """;

    @Test
    void should_count_each_kind_of_unanswerable_ask_and_refuse_questions_asked_of_unrelated_paragraphs(
            @TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("made-up.json");
        Files.writeString(file, SET);
        EvalSet set = EvalSets.read(file);
        Files.createDirectories(dir.resolve("corpus"));
        UnanswerableEvaluation.Result result;
        try (Engine engine = SeedEngine.open(dir.resolve("corpus"), dir.resolve("index"))) {
            engine.index(List.of(set.corpus()), List.of(), IndexProgress.NONE);

            // when
            result = UnanswerableEvaluation.run(new ExtractiveAnswerer(engine.retriever()), set.questions(),
                    Answerers.DEFAULT_TOP_K, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }

        // then: four questions, each asked all three ways (each asks a number or a year, so span removed too), and the
        // one naming a year its paragraph names asked for a year past it too; without its own paragraph only unrelated
        // ones are left, and every question is refused
        assertEquals(4, result.otherParagraph()[0]);
        assertEquals(4, result.nearTopic()[0]);
        assertEquals(4, result.spanRemoved()[0]);
        assertEquals(1, result.periodShifted()[0], result.format());
        assertArrayEquals(new int[]{4, 4}, result.otherParagraph(), result.format());
        assertTrue(result.format().contains("other paragraph     100.0% (4/4)"), result.format());
        assertTrue(result.format().contains("period shifted"), result.format());
    }
}
