package com.baowen.cli;

import com.baowen.SeedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} on an index it cannot open stays up, {@code degraded}, and says what to run. */
class ServeDegradedIT {
    static final Pattern URL = Pattern.compile("listens on http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void should_report_degraded_with_the_reason_when_the_index_is_corrupt(@TempDir Path dir) throws Exception {
        // given
        Path index = IndexHealthIT.copyOfSeedIndex(dir);
        IndexHealthIT.breakCommit(index);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-jar", Path.of("target/baowen.jar").toAbsolutePath().toString(), "serve",
                "--port", "0", "--corpus", SeedEngine.seeds().toString(), "--index", index.toString(),
                "--models", System.getProperty("baowen.models", "models"))
                .redirectErrorStream(true).start();
        try {
            CompletableFuture<Integer> port = new CompletableFuture<>();
            List<String> log = new ArrayList<>();
            Thread.ofVirtual().start(() -> readLog(serve, port, log));
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS);

            // when: the model has loaded and the index failed to open
            String health = "";
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!health.contains("degraded") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            var chat = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"腊八粥\"}")).build(), HttpResponse.BodyHandlers.ofString());

            // then
            assertTrue(health.startsWith("{\"status\":\"degraded\",\"reason\":\"index " + index + " is corrupt ("), health + log);
            assertTrue(health.contains("run 'baowen ingest --check' to see the damage, or 'baowen ingest --rebuild' "
                    + "(or 'baowen serve --rebuild') to rebuild the index from the corpus"), health);
            assertEquals(503, chat.statusCode());
            assertTrue(chat.body().contains("\"code\":\"degraded\""), chat.body());
            assertTrue(serve.isAlive(), "the server stays up");
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
