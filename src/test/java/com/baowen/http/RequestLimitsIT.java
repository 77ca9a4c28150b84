package com.baowen.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.ExtractiveAnswerer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One length rule in code points, long follow-ups, long searches by POST, and our own failures as 500 with an id. */
class RequestLimitsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A 2,000-character question: the seed question, repeated. */
    static final String LONG_QUESTION = fill(ApiIT.QUESTION, 2000);

    static TestServer server;
    static HttpTestClient http;

    @BeforeAll
    static void start() {
        server = TestServer.start(null);
        http = new HttpTestClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String fill(String text, int codePoints) {
        StringBuilder s = new StringBuilder();
        while (s.codePointCount(0, s.length()) < codePoints) {
            s.appendCodePoint(text.codePointAt(s.codePointCount(0, s.length()) % text.codePointCount(0, text.length())));
        }
        return s.toString();
    }

    static String chatBody(String question, String previous) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("question", question);
        var history = body.putArray("history");
        history.addObject().put("role", "user").put("content", previous);
        history.addObject().put("role", "assistant").put("content", "太谷区总工会的腊八送粥活动已连续坚持了8年。[1]");
        return JSON.writeValueAsString(body);
    }

    @Test
    void should_answer_a_follow_up_after_a_question_of_2000_characters_on_api_chat() throws Exception {
        // when: the follow-up joined to the previous question would be 2,007 characters
        var reply = http.post("/api/chat", chatBody("那它第一年是哪年？", LONG_QUESTION));

        // then
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().has("answer"));
    }

    @Test
    void should_answer_a_follow_up_after_a_question_of_2000_characters_on_v1() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("model", "baowen");
        var messages = body.putArray("messages");
        messages.addObject().put("role", "user").put("content", LONG_QUESTION);
        messages.addObject().put("role", "assistant").put("content", "已连续坚持了8年。");
        messages.addObject().put("role", "user").put("content", "那它第一年是哪年？");

        var reply = http.post("/v1/chat/completions", JSON.writeValueAsString(body));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("stop", reply.json().at("/choices/0/finish_reason").asText());
    }

    @Test
    void should_count_2000_emoji_and_extension_b_characters_as_2000() throws Exception {
        // given: 2,000 code points, 3,990 UTF-16 units
        String question = "😀".repeat(995) + "𠀀".repeat(1000) + "腊八粥几年";

        // when
        var ok = http.post("/api/chat", JSON.writeValueAsString(JSON.createObjectNode().put("question", question)));
        var over = http.post("/api/chat", JSON.writeValueAsString(JSON.createObjectNode().put("question", "😀" + question)));

        // then
        assertEquals(200, ok.status(), ok.body());
        assertEquals(400, over.status());
        assertEquals("question must be at most 2000 characters, got 2001", over.errorMessage());
    }

    @Test
    void should_search_by_post_with_a_query_too_long_for_a_url() throws Exception {
        // given: 1,500 Chinese characters, 4,500 bytes of UTF-8, 13,500 once percent-encoded
        String q = fill("太谷区总工会腊八粥", 1500);

        // when
        var reply = http.post("/api/search", JSON.writeValueAsString(JSON.createObjectNode().put("q", q).put("k", 3)));

        // then
        assertEquals(200, reply.status(), reply.body());
        JsonNode hits = reply.json().get("hits");
        assertEquals(3, hits.size());
        assertTrue(hits.get(0).get("title").asText().contains("腊八"), hits.toString());
    }

    @Test
    void should_find_the_same_hits_by_get_and_by_post() throws Exception {
        var get = http.get("/api/search?q=" + java.net.URLEncoder.encode("腊八粥", java.nio.charset.StandardCharsets.UTF_8) + "&k=2").json();
        var post = http.post("/api/search", "{\"q\":\"腊八粥\",\"k\":2}").json();

        assertEquals(2, get.get("hits").size());
        assertEquals(get.get("hits"), post.get("hits"));
    }

    @Test
    void should_apply_from_and_to_alike_by_get_and_by_post() throws Exception {
        // given: a range before any newspaper in the seeds
        var get = http.get("/api/search?q=%E8%85%8A%E5%85%AB%E7%B2%A5&from=1900-01-01&to=1900-12-31");
        var post = http.post("/api/search", "{\"q\":\"腊八粥\",\"from\":\"1900-01-01\",\"to\":\"1900-12-31\"}");

        // then
        assertEquals(200, get.status(), get.body());
        assertEquals(0, get.json().get("hits").size(), get.body());
        assertEquals(get.json(), post.json());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"q\":\"腊八粥\",\"from\":\"2024-13-01\"}                   | from must be an ISO date YYYY-MM-DD, got '2024-13-01'",
            "{\"q\":\"腊八粥\",\"to\":\"yesterday\"}                      | to must be an ISO date YYYY-MM-DD, got 'yesterday'",
            "{\"q\":\"腊八粥\",\"from\":\"2024-02-01\",\"to\":\"2024-01-01\"} | from must not be after to, got from 2024-02-01 and to 2024-01-01",
            "{\"q\":\"腊八粥\",\"k\":\"5\"}                                | k must be an integer, got \"5\"",
            "{\"q\":\"腊八粥\",\"k\":51}                                   | k must be between 1 and 50, got 51",
            "{\"k\":5}                                                   | q is missing; send {\"q\":\"腊八粥\"}",
    })
    void should_refuse_a_bad_post_search_naming_the_value(String body, String message) {
        var reply = http.post("/api/search", body);

        assertEquals(400, reply.status(), reply.body());
        assertEquals(message, reply.errorMessage());
    }

    @Test
    void should_refuse_a_bad_date_in_a_get_search_with_the_same_message() {
        var reply = http.get("/api/search?q=x&from=2024-1-5");

        assertEquals(400, reply.status());
        assertEquals("from must be an ISO date YYYY-MM-DD, got '2024-1-5'", reply.errorMessage());
    }

    @Test
    void should_answer_our_own_failure_with_500_and_an_id_that_is_logged_with_the_stack(@TempDir Path dir) throws Exception {
        // given: a server whose engine's index has been closed under it (a real internal failure)
        Engine engine = SeedEngine.open(Files.createDirectory(dir.resolve("corpus")), dir.resolve("index"));
        ServingBackend backend = new ServingBackend();
        backend.ready(engine, new ExtractiveAnswerer(engine.retriever()));
        Logger log = (Logger) LoggerFactory.getLogger(ErrorMapping.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try (ApiServer broken = ApiServer.start(new ServerOptions("127.0.0.1", 0, null, null, null), backend)) {
            engine.close();

            // when
            var reply = new HttpTestClient(broken.port()).get("/api/search?q=%E8%85%8A%E5%85%AB%E7%B2%A5");

            // then
            assertEquals(500, reply.status(), reply.body());
            assertEquals("internal_error", reply.errorCode());
            String id = reply.json().at("/error/id").asText();
            assertTrue(id.matches("[0-9a-f]{1,10}"), id);
            assertEquals("an internal error occurred; it has been logged with id " + id, reply.errorMessage());
            assertFalse(reply.body().contains("Exception"), reply.body());
            ILoggingEvent event = logged.list.stream().filter(e -> e.getFormattedMessage().contains(id)).findFirst().orElseThrow();
            assertEquals("error " + id + ": GET /api/search failed", event.getFormattedMessage());
            assertTrue(event.getThrowableProxy() != null, "the stack is logged");
        } finally {
            log.detachAppender(logged);
            backend.close();
        }
    }
}
