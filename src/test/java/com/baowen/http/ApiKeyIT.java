package com.baowen.http;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API key on and off; reindex needs a key; CORS only when configured. */
class ApiKeyIT {
    static final String CHAT = "{\"question\":\"腊八粥\"}";

    @Test
    void should_require_the_bearer_key_on_api_and_v1_but_keep_health_open() {
        try (TestServer server = TestServer.start("s3cret")) {
            var anonymous = new HttpTestClient(server.port());
            var wrong = new HttpTestClient(server.port(), "guess");
            var right = new HttpTestClient(server.port(), "s3cret");

            var refused = anonymous.post("/api/chat", CHAT);
            assertEquals(401, refused.status());
            assertEquals("unauthorized", refused.errorCode());
            assertEquals("this server needs an API key: send Authorization: Bearer <key>", refused.errorMessage());
            assertEquals("Bearer", refused.header("WWW-Authenticate"));
            assertEquals("the API key in the Authorization header is wrong", wrong.get("/api/search?q=x").errorMessage());
            assertEquals(401, anonymous.get("/v1/models").status());
            assertEquals(401, anonymous.get("/api/articles").status());
            assertEquals(200, anonymous.get("/health").status());
            assertEquals(200, right.post("/api/chat", CHAT).status());
            assertEquals(200, right.get("/v1/models").status());
        }
    }

    @Test
    void should_serve_without_a_key_when_none_is_configured_but_refuse_reindex() {
        try (TestServer server = TestServer.start(null)) {
            var http = new HttpTestClient(server.port());

            assertEquals(200, http.post("/api/chat", CHAT).status());
            var reindex = http.post("/api/reindex", "");
            assertEquals(403, reindex.status());
            assertEquals("forbidden", reindex.errorCode());
            assertTrue(reindex.errorMessage().contains("BAOWEN_API_KEY"), reindex.errorMessage());
        }
    }

    @Test
    void should_accept_reindex_with_the_key() {
        try (TestServer server = TestServer.start("s3cret")) {
            var http = new HttpTestClient(server.port(), "s3cret");

            assertEquals(401, new HttpTestClient(server.port()).post("/api/reindex", "").status());
            var reply = http.post("/api/reindex", "");
            assertEquals(202, reply.status(), reply.body());
            assertEquals("indexing", reply.json().get("status").asText());
        }
    }

    @Test
    void should_allow_only_the_configured_cors_origin() {
        try (TestServer server = TestServer.start(null, "https://news.example")) {
            var http = new HttpTestClient(server.port());

            var allowed = http.send("GET", "/health", HttpRequest.BodyPublishers.noBody(), "Origin", "https://news.example");
            var other = http.send("GET", "/health", HttpRequest.BodyPublishers.noBody(), "Origin", "https://evil.example");

            assertEquals("https://news.example", allowed.header("Access-Control-Allow-Origin"));
            assertEquals(null, other.header("Access-Control-Allow-Origin"));
        }
    }
}
