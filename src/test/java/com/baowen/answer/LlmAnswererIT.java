package com.baowen.answer;

import com.baowen.SeedEngine;
import com.baowen.config.LlmConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language-model path against a small OpenAI-compatible stub server started here (no real model
 * can be reached from the tests), over the real engine and the seed pages.
 */
class LlmAnswererIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "太谷区总工会送腊八粥坚持了几年？";
    private static ExtractiveAnswerer extractive;

    private HttpServer server;
    /** What the stub does with the next request: answer with this text, or fail. */
    private final AtomicReference<Reply> reply = new AtomicReference<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    private record Reply(int status, String content, Duration delay) {
    }

    @BeforeAll
    static void index_the_seeds() {
        extractive = new ExtractiveAnswerer(SeedEngine.shared().retriever());
    }

    @BeforeEach
    void start_stub_server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop_stub_server() {
        server.stop(0);
    }

    @Test
    void should_keep_the_models_answer_with_its_valid_citations_only() {
        // given
        reply.set(new Reply(200, "这一活动太谷区总工会已连续坚持了8年[1][9]。", Duration.ZERO));

        // when
        Answer answer = answerer(Duration.ofSeconds(10)).answer(QUESTION, List.of(), 5);

        // then
        assertEquals("这一活动太谷区总工会已连续坚持了8年[1]。", answer.answer());
        assertFalse(answer.noAnswer());
        assertEquals(1, answer.citations().size());
        assertTrue(answer.citations().get(0).snippet().contains("8年"), answer.citations().toString());
        JsonNode request = requests.get(0);
        assertEquals("stub-model", request.path("model").asText());
        String user = request.path("messages").get(request.path("messages").size() - 1).path("content").asText();
        assertTrue(user.contains("[1]《") && user.endsWith("问题：" + QUESTION), user);
        assertTrue(request.path("messages").get(0).path("content").asText().contains("[1]、[2]"));
    }

    @Test
    void should_fall_back_to_the_extractive_answer_with_a_note_when_the_model_fails() {
        // given
        reply.set(new Reply(500, null, Duration.ZERO));

        // when
        Answer answer = answerer(Duration.ofSeconds(10)).answer(QUESTION, List.of(), 5);

        // then
        Answer plain = extractive.answer(QUESTION, List.of(), 5);
        assertEquals(LlmAnswerer.NOTE_UNAVAILABLE + plain.answer(), answer.answer());
        assertEquals(plain.citations().size(), answer.citations().size());
    }

    @Test
    void should_fall_back_when_the_model_times_out() {
        // given
        reply.set(new Reply(200, "太谷区总工会坚持了8年[1]。", Duration.ofSeconds(3)));

        // when
        long t0 = System.nanoTime();
        Answer answer = answerer(Duration.ofMillis(800)).answer(QUESTION, List.of(), 5);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        // then
        assertTrue(answer.answer().startsWith(LlmAnswerer.NOTE_UNAVAILABLE), answer.answer());
        // the extractive answer, cited: the sentence that holds "8年" (alone or in a passage) marked [1]
        assertTrue(answer.answer().contains("已连续坚持了8年。"), answer.answer());
        assertTrue(answer.answer().contains("[1]"), answer.answer());
        assertTrue(millis < 2_900, "took " + millis + " ms");
    }

    @Test
    void should_fall_back_when_the_model_cites_nothing() {
        // given
        reply.set(new Reply(200, "坚持了8年。", Duration.ZERO));

        // when
        Answer answer = answerer(Duration.ofSeconds(10)).answer(QUESTION, List.of(), 5);

        // then
        assertTrue(answer.answer().startsWith(LlmAnswerer.NOTE_UNCITED), answer.answer());
        assertTrue(answer.answer().contains("[1]"), answer.answer());
    }

    @Test
    void should_not_ask_the_model_when_the_articles_do_not_answer() {
        // given
        reply.set(new Reply(200, "万里长城长约21196千米[1]。", Duration.ZERO));

        // when
        Answer answer = answerer(Duration.ofSeconds(10)).answer("万里长城有多长？", List.of(), 5);

        // then
        assertTrue(answer.noAnswer());
        assertTrue(answer.answer().startsWith("已收录的文章中没有找到"), answer.answer());
        assertEquals(0, requests.size());
    }

    private LlmAnswerer answerer(Duration timeout) {
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        return new LlmAnswerer(extractive, LanguageModel.of(new LlmConfig(baseUrl, "stub-model", "test-key", timeout)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            Reply r = reply.get();
            if (!r.delay().isZero()) {
                try {
                    Thread.sleep(r.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = (r.status() == 200 ? completion(r.content()) : "{\"error\":{\"message\":\"stub failure\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String completion(String content) throws IOException {
        return JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-stub", "object", "chat.completion", "created", 1_763_900_000, "model", "stub-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15)));
    }
}
