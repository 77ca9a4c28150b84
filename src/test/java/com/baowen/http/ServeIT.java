package com.baowen.http;

import com.baowen.SeedEngine;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar target/baowen.jar serve}: listens at once, says indexing, then ready, and answers. */
class ServeIT {
    static final Pattern URL = Pattern.compile("listens on http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void should_listen_at_once_index_in_the_background_then_answer() throws Exception {
        // given
        Path index = SeedEngine.tempDir("baowen-serve-index");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-jar", Path.of("target/baowen.jar").toAbsolutePath().toString(), "serve",
                "--port", "0", "--corpus", SeedEngine.seeds().toString(), "--index", index.toString(),
                "--models", System.getProperty("baowen.models", "models"))
                .redirectErrorStream(true).start();
        try {
            CompletableFuture<Integer> port = new CompletableFuture<>();
            List<String> log = new ArrayList<>();
            Thread.ofVirtual().start(() -> readLog(serve, port, log));

            // when
            var http = new HttpTestClient(port.get(60, TimeUnit.SECONDS));
            String first = http.get("/health").json().get("status").asText();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!http.get("/health").json().get("status").asText().equals("ready") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            var health = http.get("/health").json();
            var answer = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}").json();

            // then
            assertEquals("indexing", first, "the server answers before the index is built");
            assertEquals("ready", health.get("status").asText(), log.toString());
            assertEquals(5, health.get("filesDone").asInt());
            assertTrue(health.get("articles").asInt() > 5, health.toString());
            assertTrue(answer.get("answer").asText().contains("8"), answer.toString());
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static void readLog(Process serve, CompletableFuture<Integer> port, List<String> log) {
        try (var in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (log) {
                    log.add(line);
                }
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
            port.completeExceptionally(new AssertionError("serve ended before it listened: " + log));
        } catch (Exception e) {
            port.completeExceptionally(e);
        }
    }
}
