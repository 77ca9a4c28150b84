package com.baowen.bench;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadBenchmarkTest {
    @Test
    void should_read_the_questions_of_an_eval_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, """
                {"id":"d01","q":"太谷区总工会送腊八粥坚持了几年？","any":["8年"]}

                {"id":"d02","q":"晋中市哪一年把便民服务短号码整合成“12345”？","any":["2017"]}
                """);

        assertEquals(List.of("太谷区总工会送腊八粥坚持了几年？", "晋中市哪一年把便民服务短号码整合成“12345”？"),
                LoadBenchmark.questions(file));
    }

    @Test
    void should_name_bad_settings() {
        URI base = URI.create("http://127.0.0.1:7070");
        var e = assertThrows(BaowenException.class,
                () -> new LoadBenchmark.Settings(base, 0, Duration.ofSeconds(1), 10, List.of("问"), null));
        assertEquals("clients must be between 1 and 256, got 0", e.getMessage());
        e = assertThrows(BaowenException.class,
                () -> new LoadBenchmark.Settings(base, 8, Duration.ZERO, 10, List.of("问"), null));
        assertEquals("duration must be positive, got PT0S", e.getMessage());
    }

    @Test
    void should_count_every_failed_request_as_an_error() {
        // nothing listens on port 1
        var settings = new LoadBenchmark.Settings(URI.create("http://127.0.0.1:1"), 2, Duration.ofSeconds(5), 4, List.of("问"), null);

        LoadBenchmark.Result result = LoadBenchmark.run(settings);

        assertEquals(4, result.requests());
        assertEquals(4, result.errors());
    }
}
