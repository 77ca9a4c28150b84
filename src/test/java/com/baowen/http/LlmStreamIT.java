package com.baowen.http;

import com.baowen.LlmStub;
import com.baowen.LlmStub.Script;
import com.baowen.SeedEngine;
import com.baowen.answer.Answerers;
import com.baowen.answer.LanguageModel;
import com.baowen.config.LlmConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Streaming with a language model ({@code BAOWEN_LLM_BASE_URL}): a real server over the seed pages
 * whose model is {@link LlmStub}, a local server speaking OpenAI's streaming format with fixed tokens.
 */
class LlmStreamIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUESTION = "太谷区总工会送腊八粥坚持了几年？";
    static final String BODY = "{\"question\":\"" + QUESTION + "\",\"stream\":true}";
    /** A search, which needs an answer worker as an answer does. */
    static final String SEARCH = "/api/search?q=" + java.net.URLEncoder.encode("腊八粥", StandardCharsets.UTF_8);

    static LlmStub stub;
    static TestServer server;
    static HttpTestClient http;

    @BeforeAll
    static void start() {
        stub = LlmStub.start();
        server = withModel(new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()));
        http = new HttpTestClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        stub.close();
    }

    @BeforeEach
    void warm() {
        SeedEngine.shared();
    }

    static TestServer withModel(ServerOptions options) {
        // the model may be silent for longer than the stub holds a reply, so a held reply fails only as "not released"
        LanguageModel model = LanguageModel.of(new LlmConfig(stub.baseUrl(), "stub-model", "test-key", LlmStub.HOLD.plusSeconds(10)));
        return TestServer.start(options, r -> Answerers.of(r, model));
    }

    @Test
    void should_pass_the_models_tokens_on_as_they_arrive_and_end_with_the_same_checked_answer() throws Exception {
        // given: the model holds its last tokens back until the client has seen the first delta, so
        // the test passes only if tokens go out as they arrive
        stub.script(Script.tokens("这一活动", "太谷区总工会", "已连续坚持了", "8年", "[", "1", "]", "。", "[", "9", "]").holdingAfter(3));

        // when
        List<SseEvents.Event> events = streamReleasingOnFirstDelta(BODY);

        // then
        assertTrue(stub.wasReleased(), "the first delta reached the client before the model finished (first delta after "
                + firstDeltaMs + " ms, stream over after " + streamMs + " ms)");
        assertEquals("citations", events.get(0).name());
        JsonNode done = JSON.readTree(events.get(events.size() - 1).data());
        assertEquals("done", events.get(events.size() - 1).name());
        assertEquals("这一活动太谷区总工会已连续坚持了8年[1]。", done.get("answer").asText());
        assertEquals(deltas(events), done.get("answer").asText(), "the marker [9] points at no snippet: it never went out");
        assertFalse(done.has("corrected"));
        assertEquals(1, done.get("citations").size());
        assertTrue(done.get("citations").get(0).get("snippet").asText().contains("8年"));
        assertTrue(events.stream().filter(e -> "delta".equals(e.name())).count() >= 4, names(events));
        // the citation [1] is announced before the delta that cites it, so a page can link it at once
        int cites = indexOf(events, "delta", "[1]");
        SseEvents.Event before = events.subList(0, cites).stream().filter(e -> "citations".equals(e.name())).reduce((a, b) -> b).orElseThrow();
        assertEquals(1, JSON.readTree(before.data()).get("citations").size());
    }

    @Test
    void should_send_the_corrected_answer_in_done_when_a_quotation_is_not_in_the_sources() throws Exception {
        // given: the first sentence quotes words no snippet holds
        stub.script(Script.tokens("负责人说“我们已经坚持了十年”[1]。", "这一活动太谷区总工会“已连续坚持了8年”[1]。"));

        // when
        List<SseEvents.Event> events = SseEvents.parse(http.post("/api/chat", BODY).body()).events();

        // then
        JsonNode done = JSON.readTree(events.get(events.size() - 1).data());
        assertEquals("负责人说“我们已经坚持了十年”[1]。这一活动太谷区总工会“已连续坚持了8年”[1]。", deltas(events));
        assertEquals("这一活动太谷区总工会“已连续坚持了8年”[1]。", done.get("answer").asText());
        assertTrue(done.get("corrected").asBoolean());
    }

    @Test
    void should_ask_the_model_over_http_1_1_without_asking_to_upgrade() throws Exception {
        // given: a model server speaking HTTP/1.1, as the servers that run models locally do
        stub.script(Script.tokens("这一活动太谷区总工会“已连续坚持了8年”[1]。"));
        int before = stub.heads().size();

        // when
        assertEquals(200, http.post("/api/chat", BODY).status());

        // then: no "Upgrade: h2c" (the JDK client's default on plain http), which some such servers stall on
        List<String> head = stub.heads().get(before);
        assertTrue(head.get(0).startsWith("POST ") && head.get(0).endsWith(" HTTP/1.1"), head.toString());
        assertTrue(head.stream().noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("upgrade:")), head.toString());
    }

    @Test
    void should_end_with_an_error_event_and_count_the_failure_when_the_model_breaks_off() throws Exception {
        // given
        long before = http.get("/health").json().path("llm").path("failures").asLong();
        // (a pause before the break: the HTTP client drops what it has buffered when the connection fails)
        stub.script(Script.tokens("这一活动", "太谷区总工会", "已连续坚持了8年[1]。").breakingAfter(2).slow(Duration.ofMillis(300)));

        // when
        var reply = http.post("/api/chat", BODY);

        // then: the headers went out with 200 before the failure, so the stream says it
        assertEquals(200, reply.status());
        List<SseEvents.Event> events = SseEvents.parse(reply.body()).events();
        SseEvents.Event last = events.get(events.size() - 1);
        assertEquals("error", last.name(), names(events));
        assertEquals("llm_failed", JSON.readTree(last.data()).path("error").path("code").asText());
        assertEquals("这一活动太谷区总工会", deltas(events));
        JsonNode llm = http.get("/health").json().path("llm");
        assertEquals(before + 1, llm.path("failures").asLong());
        assertEquals("stub-model", llm.path("model").asText());
        assertTrue(http.get("/metrics").body().contains("baowen_llm_failures_total " + (double) (before + 1)),
                "metrics count the failure");
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_model_fails_before_its_first_token() throws Exception {
        // given
        stub.script(Script.failing(500));

        // when
        List<SseEvents.Event> events = SseEvents.parse(http.post("/api/chat", BODY).body()).events();

        // then
        JsonNode done = JSON.readTree(events.get(events.size() - 1).data());
        assertTrue(done.get("answer").asText().startsWith("（语言模型暂时不可用，以下是原文摘录。）"), done.toString());
        assertTrue(done.get("answer").asText().contains("8年"), done.toString());
        assertEquals(deltas(events), done.get("answer").asText());
        assertEquals(JSON.readTree(events.get(0).data()).get("citations"), done.get("citations"));
    }

    @Test
    void should_stream_the_openai_completion_as_tokens_arrive_with_usage_when_asked() throws Exception {
        // given
        stub.script(Script.tokens("这一活动", "太谷区总工会", "已连续坚持了8年", "[1]。"));

        // when
        var reply = http.post("/v1/chat/completions", "{\"model\":\"baowen\",\"stream\":true,"
                + "\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");

        // then
        List<SseEvents.Event> events = SseEvents.parse(reply.body()).events();
        assertEquals("[DONE]", events.get(events.size() - 1).data());
        List<JsonNode> chunks = new ArrayList<>();
        for (SseEvents.Event e : events.subList(0, events.size() - 1)) {
            chunks.add(JSON.readTree(e.data()));
        }
        String content = content(chunks);
        assertTrue(content.startsWith("这一活动太谷区总工会已连续坚持了8年[1]。\n\n\n[1] "), content);
        assertEquals("这一活动", chunks.get(1).get("choices").get(0).get("delta").get("content").asText());
        JsonNode stop = chunks.get(chunks.size() - 2);
        assertEquals("stop", stop.get("choices").get(0).get("finish_reason").asText());
        assertEquals(1, stop.get("citations").size());
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertEquals(0, usage.get("choices").size());
        assertEquals(16, usage.get("usage").get("prompt_tokens").asInt(), "one token per character of the question");
        assertEquals(usage.get("usage").get("prompt_tokens").asInt() + usage.get("usage").get("completion_tokens").asInt(),
                usage.get("usage").get("total_tokens").asInt());
        assertTrue(usage.get("usage").get("completion_tokens").asInt() > 20, usage.toString());
    }

    @Test
    void should_follow_a_streamed_completion_with_the_corrected_answer_when_a_quotation_did_not_hold() throws Exception {
        // given
        stub.script(Script.tokens("负责人说“我们已经坚持了十年”[1]。", "这一活动太谷区总工会“已连续坚持了8年”[1]。"));

        // when
        var reply = http.post("/v1/chat/completions", "{\"model\":\"baowen\",\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");

        // then: what streamed cannot be taken back, so the correction follows it
        List<SseEvents.Event> events = SseEvents.parse(reply.body()).events();
        List<JsonNode> chunks = new ArrayList<>();
        for (SseEvents.Event e : events.subList(0, events.size() - 1)) {
            chunks.add(JSON.readTree(e.data()));
        }
        assertTrue(content(chunks).startsWith("负责人说“我们已经坚持了十年”[1]。这一活动太谷区总工会“已连续坚持了8年”[1]。"
                + OpenAiHandler.CORRECTION + "这一活动太谷区总工会“已连续坚持了8年”[1]。\n\n\n[1] "), content(chunks));
    }

    @Test
    void should_free_the_answer_worker_when_the_client_leaves_a_slow_stream() throws Exception {
        // given: one answer at a time and no queue, so a held worker refuses the next request
        try (TestServer single = withModel(new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()).withAnswerLimits(1, 0))) {
            HttpTestClient other = new HttpTestClient(single.port());
            stub.script(Script.tokens(Collections.nCopies(200, "很慢的回答").toArray(String[]::new)).slow(Duration.ofMillis(100)));
            try (Socket client = new Socket("127.0.0.1", single.port())) {
                byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
                client.getOutputStream().write(("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().write(body);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null && !line.equals("event: delta"); ) {
                    // headers and the citations event
                }
                assertEquals(503, other.get(SEARCH).status(), "the streaming answer holds the only worker");
            }

            // when: the client has closed the connection mid-stream
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int status;
            do {
                Thread.sleep(100);
                status = other.get(SEARCH).status();
            } while (status == 503 && System.nanoTime() < deadline);

            // then
            assertEquals(200, status, "the worker was freed");
            assertTrue(stub.clientLeft().await(10, TimeUnit.SECONDS), "the model's stream was cancelled too");
        }
    }

    /** When {@link #streamReleasingOnFirstDelta} saw its first delta and its end, in ms after the request (-1: never). */
    private static volatile long firstDeltaMs = -1;
    private static volatile long streamMs = -1;

    /** Streams {@code body} line by line; releases the stub's held tokens when the first delta arrives. */
    private static List<SseEvents.Event> streamReleasingOnFirstDelta(String body) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        firstDeltaMs = -1;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        StringBuilder text = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.equals("event: delta")) {
                    if (firstDeltaMs < 0) {
                        firstDeltaMs = (System.nanoTime() - t0) / 1_000_000;
                    }
                    stub.release();
                }
                text.append(line).append('\n');
            });
        }
        streamMs = (System.nanoTime() - t0) / 1_000_000;
        return SseEvents.parse(text.toString()).events();
    }

    /** The content of OpenAI chunks, joined. */
    private static String content(List<JsonNode> chunks) {
        return chunks.stream().filter(c -> c.get("choices").size() > 0)
                .map(c -> c.get("choices").get(0).path("delta").path("content").asText(""))
                .collect(Collectors.joining());
    }

    private static String deltas(List<SseEvents.Event> events) {
        return events.stream().filter(e -> "delta".equals(e.name())).map(e -> {
            try {
                return JSON.readTree(e.data()).get("text").asText();
            } catch (IOException x) {
                throw new IllegalStateException(x);
            }
        }).collect(Collectors.joining());
    }

    private static int indexOf(List<SseEvents.Event> events, String name, String contained) {
        for (int i = 0; i < events.size(); i++) {
            if (name.equals(events.get(i).name()) && events.get(i).data().contains(contained)) {
                return i;
            }
        }
        throw new AssertionError("no " + name + " holding " + contained + " in " + names(events));
    }

    private static String names(List<SseEvents.Event> events) {
        return events.stream().map(SseEvents.Event::name).toList().toString();
    }
}
