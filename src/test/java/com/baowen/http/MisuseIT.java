package com.baowen.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a web page elsewhere or an anonymous client could misuse: Host names, metrics, dotfiles, headers, the key. */
class MisuseIT {
    static TestServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = TestServer.start(null);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
    void should_answer_loopback_host_names_with_the_port(String name) {
        var r = RawHttp.send(port, "GET", "/health", name + ":" + port);

        assertEquals(200, r.status(), r.text());
    }

    @Test
    void should_refuse_a_rebinding_host_name_with_403() {
        // when: a page on evil.example rebinds its name to 127.0.0.1
        var r = RawHttp.send(port, "GET", "/api/articles", "evil.example:" + port);

        // then
        assertEquals(403, r.status(), r.text());
        assertTrue(r.text().contains("\"code\":\"forbidden\""), r.text());
        assertTrue(r.text().contains("this server does not answer to host 'evil.example:" + port
                + "'; add the name to BAOWEN_ALLOWED_HOSTS to allow it"), r.text());
    }

    @Test
    void should_answer_a_host_name_given_in_the_allowed_hosts() {
        try (TestServer lan = TestServer.withOptions(new ServerOptions("127.0.0.1", 0, null, null, null)
                .withAllowedHosts("baowen.lan, archive.example"))) {
            assertEquals(200, RawHttp.send(lan.port(), "GET", "/health", "baowen.lan:" + lan.port()).status());
            assertEquals(200, RawHttp.send(lan.port(), "GET", "/health", "localhost").status());
            assertEquals(403, RawHttp.send(lan.port(), "GET", "/health", "other.example").status());
        }
    }

    @Test
    void should_keep_metrics_bounded_under_10000_random_methods_and_paths() throws Exception {
        // given
        var http = new HttpTestClient(port);
        http.get("/health");
        int before = http.get("/metrics").body().length();

        // when: 10,000 requests with made-up methods and paths, 8 at a time
        Random random = new Random(13);
        List<Future<Integer>> sent = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 10_000; i++) {
                String method = i % 2 == 0 ? randomName(random) : "GET";
                String path = i % 3 == 0 ? "/health" : "/" + randomName(random).toLowerCase() + "/" + i;
                sent.add(pool.submit(() -> RawHttp.send(port, method, path, "127.0.0.1").status()));
            }
        }
        for (Future<Integer> f : sent) {
            assertTrue(f.get() < 500, "a made-up request is never a 5xx");
        }
        String after = http.get("/metrics").body();

        // then: a handful of series more (404/405 classes, OTHER), not thousands
        long series = after.lines().filter(l -> l.startsWith("baowen_http_requests_seconds_count")).count();
        assertTrue(series <= 12, series + " series:\n" + after);
        assertTrue(after.length() < before + 8_000, "metrics grew from " + before + " to " + after.length() + " bytes");
        assertTrue(after.contains("method=\"OTHER\""), after);
        assertTrue(after.contains("status=\"4xx\""), after);
    }

    private static String randomName(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void should_not_serve_dotfiles_from_the_web_folder(@TempDir Path dir) throws Exception {
        // given
        Path web = Files.createDirectory(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>报问</title>");
        Files.writeString(web.resolve(".env"), "BAOWEN_API_KEY=secret");
        Files.createDirectories(web.resolve(".git"));
        Files.writeString(web.resolve(".git/config"), "[remote] url=secret");

        try (TestServer s = TestServer.withOptions(new ServerOptions("127.0.0.1", 0, null, null, web))) {
            var http = new HttpTestClient(s.port());

            // when
            var env = http.get("/.env");
            var git = http.get("/.git/config");
            var encoded = http.get("/%2Eenv");

            // then
            assertEquals(404, env.status(), env.body());
            assertEquals("not_found", env.errorCode());
            assertEquals(404, git.status(), git.body());
            assertTrue(!encoded.body().contains("secret"), encoded.body());
            assertEquals(200, http.get("/index.html").status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/articles", "/health", "/nope"})
    void should_send_security_headers_as_http_headers(String path) {
        var r = new HttpTestClient(port).get(path);

        assertEquals(SecurityHeaders.CSP, r.header("Content-Security-Policy"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
    }

    @Test
    void should_take_the_bearer_scheme_in_any_case() {
        try (TestServer keyed = TestServer.start("k-13")) {
            var http = new HttpTestClient(keyed.port());
            var lower = http.send("GET", "/api/articles?limit=1", java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "Authorization", "bearer k-13");
            var upper = http.send("GET", "/api/articles?limit=1", java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "Authorization", "BEARER k-13");
            var wrong = http.send("GET", "/api/articles?limit=1", java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "Authorization", "bearer k-14");
            var basic = http.send("GET", "/api/articles?limit=1", java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "Authorization", "Basic k-13");

            assertEquals(200, lower.status(), lower.body());
            assertEquals(200, upper.status(), upper.body());
            assertEquals(401, wrong.status());
            assertEquals("the API key in the Authorization header is wrong", wrong.errorMessage());
            assertEquals(401, basic.status());
            assertEquals("the Authorization header must be 'Bearer <key>'", basic.errorMessage());
        }
    }
}
