package com.baowen.http;

import com.baowen.bench.LoadBenchmark;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eight concurrent clients asking the seed questions: zero errors; prints req/s and p50/p99. */
class LoadBenchmarkIT {
    @Test
    void should_serve_8_concurrent_clients_without_errors() {
        try (TestServer server = TestServer.start(null)) {
            // given
            List<String> questions = LoadBenchmark.questions(Path.of(System.getProperty("baowen.eval", "src/test/resources/eval"), "seeds-dev.jsonl"));
            var settings = new LoadBenchmark.Settings(URI.create("http://127.0.0.1:" + server.port()), 8,
                    Duration.ofSeconds(10), 2000, questions, null);

            // when
            LoadBenchmark.Result result = LoadBenchmark.run(settings);

            // then
            System.out.println("LOAD " + result);
            assertEquals(0, result.errors(), result.toString());
            assertTrue(result.requests() >= 8, result.toString());
            assertTrue(result.p50Ms() <= result.p99Ms() && result.p99Ms() <= result.maxMs(), result.toString());
        }
    }
}
