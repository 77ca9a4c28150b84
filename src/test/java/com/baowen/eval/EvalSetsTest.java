package com.baowen.eval;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalSetsTest {

    @Test
    void should_take_the_article_over_the_file_when_a_line_names_both(@TempDir Path dir) throws Exception {
        // given: one line naming its file, one naming its article in that file too
        Path file = dir.resolve("archive.jsonl");
        Files.writeString(file, """
                {"id":"a1","q":"哪一天开幕？","any":["5日"],"src":"day.json"}
                {"id":"a2","q":"有多少人参加？","any":["300人"],"src":"day.json","article":"day-02"}
                """);

        // when
        List<EvalQuestion> questions = EvalSets.read(file).questions();

        // then
        assertEquals("day.json", questions.get(0).goldSource());
        assertNull(questions.get(0).goldArticleId());
        assertEquals("day-02", questions.get(1).goldArticleId());
        assertNull(questions.get(1).goldSource());
    }

    @Test
    void should_read_the_kind_a_line_names(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("archive.jsonl");
        Files.writeString(file, """
                {"id":"n1","q":"第十一届电影节在哪举办？","none":true,"kind":"later edition"}
                {"id":"n2","q":"门票多少钱？","none":true}
                """);

        // when
        List<EvalQuestion> questions = EvalSets.read(file).questions();

        // then
        assertEquals("later edition", questions.get(0).kind());
        assertNull(questions.get(1).kind());
    }

    @Test
    void should_ask_the_first_questions_in_file_order_and_keep_every_paragraph(@TempDir Path dir) throws Exception {
        // given: two paragraphs, three questions
        Path file = dir.resolve("dev.json");
        Files.writeString(file, """
                {"data":[{"title":"桥","paragraphs":[
                  {"id":"P1","context":"大桥全长1260米。","qas":[
                    {"id":"Q1","question":"大桥全长多少米？","answers":[{"text":"1260米","answer_start":4}]},
                    {"id":"Q2","question":"什么全长1260米？","answers":[{"text":"大桥","answer_start":0}]}]},
                  {"id":"P2","context":"大桥于2025年通车。","qas":[
                    {"id":"Q3","question":"大桥哪一年通车？","answers":[{"text":"2025年","answer_start":3}]}]}]}]}
                """);
        EvalSet set = EvalSets.read(file);

        // when
        EvalSet first = set.first(2);

        // then
        assertEquals(List.of("Q1", "Q2"), first.questions().stream().map(EvalQuestion::id).toList());
        assertSame(set.corpus(), first.corpus());
        assertSame(set, set.first(3));
        BaowenException e = assertThrows(BaowenException.class, () -> set.first(0));
        assertTrue(e.getMessage().contains("--first must be at least 1, got 0"), e.getMessage());
    }
}
