package com.baowen.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint and every bad-input case, over real HTTP on a free port. */
class ApiIT {
    static final String QUESTION = "太谷区总工会送腊八粥坚持了几年？";

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
    void should_answer_a_seed_question_with_a_cited_verbatim_snippet() {
        // when
        var reply = http.post("/api/chat", "{\"question\":\"" + QUESTION + "\"}");

        // then
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonNode body = reply.json();
        assertFalse(body.get("noAnswer").asBoolean());
        assertTrue(body.get("answer").asText().contains("8年"), body.get("answer").asText());
        assertTrue(body.get("answer").asText().contains("[1]"));
        assertTrue(body.has("tookMs"));
        JsonNode c = body.get("citations").get(0);
        assertEquals(1, c.get("n").asInt());
        JsonNode article = http.get("/api/articles/" + c.get("articleId").asText()).json();
        assertEquals(c.get("snippet").asText(),
                article.get("text").asText().substring(c.get("start").asInt(), c.get("end").asInt()));
        assertEquals(c.get("source").asText(), article.get("source").asText());
    }

    @Test
    void should_say_no_answer_when_the_articles_do_not_answer() {
        var body = http.post("/api/chat", "{\"question\":\"火星上的天气怎么样？\",\"topK\":3}").json();

        assertTrue(body.get("noAnswer").asBoolean(), body.toString());
    }

    @Test
    void should_keep_control_characters_and_markup_in_a_question_harmless() {
        var reply = http.post("/api/chat", "{\"question\":\"<script>alert(1)</script>\\u0000\\u001b[31m腊八粥' OR 1=1 --\"}");

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().has("answer"));
    }

    @Test
    void should_accept_history_and_top_k() {
        var reply = http.post("/api/chat", "{\"question\":\"" + QUESTION + "\",\"topK\":20,"
                + "\"history\":[{\"role\":\"user\",\"content\":\"你好\"},{\"role\":\"assistant\",\"content\":\"你好！\"}]}");

        assertEquals(200, reply.status(), reply.body());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "''                                      | 400 | bad_request | the request body is empty",
            "'   '                                   | 400 | bad_request | the request body is empty",
            "{\"question\":                           | 400 | bad_request | not valid JSON",
            "not json at all                         | 400 | bad_request | not valid JSON",
            "[\"太谷\"]                               | 400 | bad_request | must be a JSON object, got array",
            "{}                                      | 400 | bad_request | question is missing",
            "{\"question\":null}                      | 400 | bad_request | question is missing",
            "{\"question\":42}                        | 400 | bad_request | question must be a string, got number",
            "{\"question\":[\"腊八\"]}                 | 400 | bad_request | question must be a string, got array",
            "{\"question\":\"   \"}                   | 400 | bad_request | question must not be blank",
            "{\"question\":\"？！…\\u0000\"}          | 400 | bad_request | question must contain at least one letter or digit, got '？！…?'",
            "{\"question\":\"😀😀\"}                  | 400 | bad_request | question must contain at least one letter or digit",
            "{\"question\":\"腊八\",\"topK\":0}         | 400 | bad_request | topK must be an integer between 1 and 20, got 0",
            "{\"question\":\"腊八\",\"topK\":21}        | 400 | bad_request | topK must be an integer between 1 and 20, got 21",
            "{\"question\":\"腊八\",\"topK\":\"5\"}     | 400 | bad_request | topK must be an integer between 1 and 20, got \"5\"",
            "{\"question\":\"腊八\",\"topK\":2.5}       | 400 | bad_request | topK must be an integer between 1 and 20, got 2.5",
            "{\"question\":\"腊八\",\"history\":{}}     | 400 | bad_request | history must be an array",
            "{\"question\":\"腊八\",\"history\":[{\"role\":\"system\",\"content\":\"x\"}]} | 400 | bad_request | history[0].role must be \"user\" or \"assistant\"",
            "{\"question\":\"腊八\",\"stream\":\"yes\"}  | 400 | bad_request | stream must be true or false",
            "{\"question\":\"腊八\"} trailing junk    | 400 | bad_request | not valid JSON",
            "{\"question\":\"腊八\"}{\"question\":\"x\"} | 400 | bad_request | not valid JSON",
    })
    void should_reject_a_bad_chat_body_naming_the_problem(String body, int status, String code, String message) {
        var reply = http.post("/api/chat", body);

        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.errorCode());
        assertTrue(reply.errorMessage().contains(message), reply.errorMessage());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void should_reject_an_over_long_question_naming_its_length() {
        var reply = http.post("/api/chat", "{\"question\":\"" + "腊".repeat(2001) + "\"}");

        assertEquals(400, reply.status());
        assertEquals("question must be at most 2000 characters, got 2001", reply.errorMessage());
    }

    @Test
    void should_accept_a_question_of_exactly_2000_characters() {
        var reply = http.post("/api/chat", "{\"question\":\"" + "腊".repeat(2000) + "\"}");

        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void should_refuse_a_body_over_64_KiB_with_413() {
        var reply = http.post("/api/chat", "{\"question\":\"腊八\",\"pad\":\"" + "x".repeat(70_000) + "\"}");

        assertEquals(413, reply.status(), reply.body());
        assertEquals("payload_too_large", reply.errorCode());
        assertTrue(reply.errorMessage().contains("at most 65536 bytes"), reply.errorMessage());
    }

    @Test
    void should_refuse_a_chunked_body_over_64_KiB_with_413() {
        byte[] big = ("{\"question\":\"腊八\",\"pad\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var reply = http.send("POST", "/api/chat",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)),
                "Content-Type", "application/json");

        assertEquals(413, reply.status(), reply.body());
        assertEquals("payload_too_large", reply.errorCode());
    }

    @Test
    void should_reject_json_nested_too_deep() {
        var reply = http.post("/api/chat", "{\"question\":" + "[".repeat(3000) + "]".repeat(3000) + "}");

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.errorMessage().startsWith("the request body is not valid JSON"), reply.errorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%FF%FE", "/api/articles/%FF", "/api/search?q=%E8%85"})
    void should_reject_invalid_utf8_in_the_url_with_a_json_4xx(String path) {
        var reply = http.get(path);

        assertTrue(reply.status() == 400 || reply.status() == 404, reply.status() + " " + reply.body());
        assertTrue(List.of("bad_request", "not_found").contains(reply.errorCode()), reply.body());
    }

    @Test
    void should_reject_invalid_utf8() {
        byte[] body = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

        var reply = http.post("/api/chat", body);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.errorMessage().startsWith("the request body is not valid UTF-8"), reply.errorMessage());
    }

    @Test
    void should_search_and_return_hits_with_snippets() {
        var reply = http.get("/api/search?q=" + enc("腊八粥") + "&k=3");

        assertEquals(200, reply.status(), reply.body());
        JsonNode hits = reply.json().get("hits");
        assertTrue(hits.size() >= 1 && hits.size() <= 3, hits.toString());
        JsonNode hit = hits.get(0);
        for (String field : List.of("articleId", "title", "source", "snippet", "score")) {
            assertTrue(hit.has(field), field + " in " + hit);
        }
        assertTrue(hit.get("snippet").asText().contains("腊八"), hit.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/search                 | q is missing",
            "/api/search?q=              | q must not be blank",
            "/api/search?q=%20%20        | q must not be blank",
            "/api/search?q=%3F%EF%BC%9F  | q must contain at least one letter or digit, got '?？'",
            "/api/search?q=%FF%FE        | q is not valid UTF-8 text",
            "/api/search?q=a&k=0         | k must be between 1 and 50, got 0",
            "/api/search?q=a&k=51        | k must be between 1 and 50, got 51",
            "/api/search?q=a&k=many      | k must be an integer between 1 and 50, got 'many'",
            "/api/articles?offset=-1     | offset must be between 0 and",
            "/api/articles?limit=0       | limit must be between 1 and 1000, got 0",
            "/api/articles?limit=1001    | limit must be between 1 and 1000, got 1001",
            "/api/articles?limit=x       | limit must be an integer between 1 and 1000, got 'x'",
    })
    void should_reject_bad_query_parameters(String path, String message) {
        var reply = http.get(path);

        assertEquals(400, reply.status(), reply.body());
        assertEquals("bad_request", reply.errorCode());
        assertTrue(reply.errorMessage().contains(message), reply.errorMessage());
    }

    @Test
    void should_page_through_articles() {
        JsonNode first = http.get("/api/articles?offset=0&limit=2").json();
        JsonNode second = http.get("/api/articles?offset=2&limit=2").json();

        int total = first.get("total").asInt();
        assertTrue(total > 4, first.toString());
        assertEquals(0, first.get("offset").asInt());
        assertEquals(2, first.get("limit").asInt());
        assertEquals(2, first.get("articles").size());
        JsonNode a = first.get("articles").get(0);
        for (String field : List.of("id", "title", "source", "kind")) {
            assertTrue(a.has(field), field + " in " + a);
        }
        assertFalse(first.get("articles").get(1).get("id").equals(second.get("articles").get(0).get("id")));
        JsonNode past = http.get("/api/articles?offset=" + total + "&limit=5").json();
        assertEquals(0, past.get("articles").size());
        assertEquals(50, http.get("/api/articles").json().get("limit").asInt());
        var farAway = http.get("/api/articles?offset=2147483647&limit=1000");
        assertEquals(200, farAway.status(), farAway.body());
        assertEquals(0, farAway.json().get("articles").size());
    }

    @Test
    void should_return_one_article_with_its_text() {
        String id = http.get("/api/articles?limit=1").json().get("articles").get(0).get("id").asText();

        JsonNode article = http.get("/api/articles/" + enc(id)).json();

        assertEquals(id, article.get("id").asText());
        assertTrue(article.get("text").asText().length() > 10);
        assertTrue(article.get("source").asText().endsWith(".txt"), article.toString());
    }

    @Test
    void should_answer_404_naming_an_unknown_article_id() {
        var reply = http.get("/api/articles/no-such-article");

        assertEquals(404, reply.status());
        assertEquals("not_found", reply.errorCode());
        assertEquals("no article with id 'no-such-article'", reply.errorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/articles/..%2F..%2Fetc%2Fpasswd",
            "/api/articles/%2e%2e%2f%2e%2e%2fpom.xml",
            "/api/articles/..%5C..%5Cpom.xml",
            "/api/articles/..",
            "/api/articles/%2e%2e",
            "/api/articles/a%00b",
            "/api/articles/..%252F..%252Fpom.xml",
            "/api/articles/../../pom.xml",
    })
    void should_refuse_path_tricks_in_article_ids_with_a_json_4xx(String path) {
        var reply = http.get(path);

        assertTrue(reply.status() == 400 || reply.status() == 404, reply.status() + " " + reply.body());
        assertTrue(List.of("bad_request", "not_found").contains(reply.errorCode()), reply.body());
        assertFalse(reply.body().contains("<modelVersion>"), "must not leak files");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET,/api/chat", "PUT,/api/chat", "DELETE,/api/articles", "PUT,/api/search", "POST,/health",
            "GET,/v1/chat/completions", "DELETE,/v1/models", "GET,/api/reindex"})
    void should_answer_405_for_a_wrong_method(String method, String path) {
        var reply = http.send(method, path, HttpRequest.BodyPublishers.noBody());

        assertEquals(405, reply.status(), reply.body());
        assertEquals("method_not_allowed", reply.errorCode());
        assertEquals(method + " is not allowed on " + path, reply.errorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nope", "/nope", "/v1/engines", "/api/articles/x/y"})
    void should_answer_404_json_for_an_unknown_route(String path) {
        var reply = http.get(path);

        assertEquals(404, reply.status(), reply.body());
        assertEquals("not_found", reply.errorCode());
    }

    @Test
    void should_report_health_ready_with_counts() {
        JsonNode health = http.get("/health").json();

        assertEquals("ready", health.get("status").asText());
        assertTrue(health.get("articles").asInt() > 0);
        assertTrue(health.get("chunks").asInt() > 0);
        assertEquals(health.get("filesTotal").asInt(), health.get("filesDone").asInt());
    }

    @Test
    void should_expose_prometheus_metrics_per_route_and_index_size() {
        http.get("/api/search?q=" + enc("腊八粥"));

        var reply = http.get("/metrics");

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/plain"), reply.contentType());
        String text = reply.body();
        assertTrue(text.contains("baowen_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"2xx\"}"), text);
        assertTrue(text.contains("baowen_index_articles "), text);
        assertTrue(text.contains("baowen_index_chunks "), text);
        assertTrue(text.contains("baowen_index_size_bytes "), text);
    }

    @Test
    void should_list_the_baowen_model() {
        JsonNode models = http.get("/v1/models").json();

        assertEquals("list", models.get("object").asText());
        assertEquals("baowen", models.get("data").get(0).get("id").asText());
    }

    @Test
    void should_not_send_cors_headers_unless_configured() {
        var reply = http.send("GET", "/health", HttpRequest.BodyPublishers.noBody(), "Origin", "https://evil.example");

        assertEquals(200, reply.status());
        assertEquals(null, reply.header("Access-Control-Allow-Origin"));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
