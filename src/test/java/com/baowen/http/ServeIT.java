package com.baowen.http;

import com.baowen.SeedEngine;
import com.baowen.ServeProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar target/baowen.jar serve}: listens at once, says indexing, then ready, and answers. */
class ServeIT {

    @Test
    void should_listen_at_once_index_in_the_background_then_answer() throws Exception {
        // given
        Path index = SeedEngine.tempDir("baowen-serve-index");
        try (ServeProcess serve = ServeProcess.start(List.of("--port", "0", "--corpus", SeedEngine.seeds().toString(),
                "--index", index.toString(), "--models", System.getProperty("baowen.models", "models")))) {
            // when
            var http = new HttpTestClient(serve.port(Duration.ofSeconds(60)));
            String first = http.get("/health").json().get("status").asText();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!http.get("/health").json().get("status").asText().equals("ready") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            var health = http.get("/health").json();
            var answer = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}").json();

            // then
            assertEquals("indexing", first, "the server answers before the index is built");
            assertEquals("ready", health.get("status").asText(), serve.output());
            assertEquals(5, health.get("filesDone").asInt());
            assertTrue(health.get("articles").asInt() > 5, health.toString());
            assertTrue(answer.get("answer").asText().contains("8"), answer.toString());
        }
    }
}
