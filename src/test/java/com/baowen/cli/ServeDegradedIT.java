package com.baowen.cli;

import com.baowen.SeedEngine;
import com.baowen.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} on an index it cannot open stays up, {@code degraded}, and says what to run. */
class ServeDegradedIT {
    @Test
    void should_report_degraded_with_the_reason_when_the_index_is_corrupt(@TempDir Path dir) throws Exception {
        // given
        Path index = IndexHealthIT.copyOfSeedIndex(dir);
        IndexHealthIT.breakCommit(index);
        try (ServeProcess serve = ServeProcess.start(List.of("--port", "0", "--corpus", SeedEngine.seeds().toString(),
                "--index", index.toString(), "--models", System.getProperty("baowen.models", "models")))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = serve.url(Duration.ofSeconds(60));

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
            assertTrue(health.startsWith("{\"status\":\"degraded\",\"reason\":\"index " + index + " is corrupt ("), health + serve.output());
            assertTrue(health.contains("run 'baowen ingest --check' to see the damage, or 'baowen ingest --rebuild' "
                    + "(or 'baowen serve --rebuild') to rebuild the index from the corpus"), health);
            assertEquals(503, chat.statusCode());
            assertTrue(chat.body().contains("\"code\":\"degraded\""), chat.body());
            assertTrue(serve.isAlive(), "the server stays up");
        }
    }
}
