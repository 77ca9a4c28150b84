package com.baowen.cli;

import com.baowen.App;
import com.baowen.SeedEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ask}: the answer with its sources, or with {@code --json} the body {@code POST /api/chat} sends. */
class AskCommandIT {
    private static final String QUESTION = "湖滨市龙舟邀请赛共有多少支队伍参赛？";
    private static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        // given: one dated article with its paper and page, and one undated
        corpus = SeedEngine.tempDir("baowen-ask-corpus");
        Files.writeString(corpus.resolve("news.jsonl"), """
                {"id":"boat-1","title":"湖滨市举办龙舟赛","text":"本报讯 湖滨市24日在南湖举办龙舟邀请赛，共有36支队伍参赛。","date":"2024-03-25","paper":"湖滨日报","page":"2"}
                {"id":"lib-1","title":"湖滨市图书馆延长开放时间","text":"本报讯 湖滨市图书馆自下月起每天开放到晚上九点。"}
                """);
    }

    @Test
    void should_print_the_json_of_the_chat_api_with_each_citations_date_and_provenance() throws Exception {
        // when
        Run run = run("ask", "--json", "--corpus", corpus.toString(), "--index", SeedEngine.tempDir("baowen-ask-index").toString(),
                QUESTION);

        // then: the keys of POST /api/chat, in its order, and the article's date and paper on its citation
        assertEquals(0, run.code(), run.err());
        JsonNode body = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("answer", "noAnswer", "citations", "tookMs"), names(body));
        assertFalse(body.get("noAnswer").asBoolean(), run.out());
        assertTrue(body.get("answer").asText().contains("36支"), run.out());
        JsonNode first = body.get("citations").get(0);
        assertEquals("boat-1", first.get("articleId").asText());
        assertEquals("2024-03-25", first.get("date").asText());
        assertEquals("湖滨日报", first.get("paper").asText());
        assertEquals("2", first.get("page").asText());
    }

    @Test
    void should_print_the_answer_then_its_numbered_sources_and_report_indexing_on_stderr() throws Exception {
        // when
        Run run = run("ask", "--corpus", corpus.toString(), "--index", SeedEngine.tempDir("baowen-ask-index").toString(), QUESTION);

        // then
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.getFirst().contains("36支"), run.out());
        assertTrue(lines.contains("来源："), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[1] 湖滨市举办龙舟赛（news.jsonl，第")), run.out());
        assertTrue(run.err().contains("news.jsonl"), run.err());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = App.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
