package com.baowen.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
