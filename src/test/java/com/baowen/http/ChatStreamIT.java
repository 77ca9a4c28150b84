package com.baowen.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SSE form of {@code /api/chat}: citations, deltas, done — and the same answer as the JSON form. */
class ChatStreamIT {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String BODY = "{\"question\":\"" + ApiIT.QUESTION + "\"}";

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

    @Test
    void should_stream_citations_then_deltas_then_done_when_the_client_accepts_event_stream() throws Exception {
        // when
        var reply = http.send("POST", "/api/chat", HttpRequest.BodyPublishers.ofString(BODY),
                "Accept", "text/event-stream", "Content-Type", "application/json");

        // then
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/event-stream"), reply.contentType());
        List<String> names = SseEvents.parse(reply.body()).names();
        assertEquals("citations", names.get(0));
        assertEquals("done", names.get(names.size() - 1));
        assertTrue(names.subList(1, names.size() - 1).stream().allMatch("delta"::equals), names.toString());
        assertTrue(names.size() >= 3, names.toString());
    }

    @Test
    void should_stream_the_same_answer_and_citations_as_the_json_form() throws Exception {
        // given
        JsonNode plain = http.post("/api/chat", BODY).json();

        // when
        var events = SseEvents.parse(http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\",\"stream\":true}").body()).events();

        // then
        JsonNode head = MAPPER.readTree(events.get(0).data());
        assertEquals(plain.get("citations"), head.get("citations"));
        assertEquals(plain.get("noAnswer"), head.get("noAnswer"));
        StringBuilder streamed = new StringBuilder();
        for (var e : events.subList(1, events.size() - 1)) {
            streamed.append(MAPPER.readTree(e.data()).get("text").asText());
        }
        assertEquals(plain.get("answer").asText(), streamed.toString());
        JsonNode done = MAPPER.readTree(events.get(events.size() - 1).data());
        assertEquals(plain.get("answer"), done.get("answer"));
        assertEquals(plain.get("citations"), done.get("citations"));
        assertTrue(done.has("tookMs"));
    }

    @Test
    void should_stream_a_no_answer_too() throws Exception {
        var events = SseEvents.parse(http.post("/api/chat", "{\"question\":\"火星上的天气怎么样？\",\"stream\":true}").body()).events();

        assertEquals("citations", events.get(0).name());
        assertTrue(MAPPER.readTree(events.get(0).data()).get("noAnswer").asBoolean());
        assertTrue(MAPPER.readTree(events.get(events.size() - 1).data()).get("noAnswer").asBoolean());
    }

    @Test
    void should_answer_a_bad_streaming_request_with_a_plain_json_error() {
        var reply = http.send("POST", "/api/chat", HttpRequest.BodyPublishers.ofString("{\"question\":\"\"}"),
                "Accept", "text/event-stream");

        assertEquals(400, reply.status());
        assertEquals("question must not be blank", reply.errorMessage());
    }
}
