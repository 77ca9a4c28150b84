package com.baowen.bench;

import com.baowen.embed.Embedder;
import com.baowen.embed.Embedders;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingBenchmarkIT {
    private static final Path MODELS = Path.of(System.getProperty("baowen.models", "models"));

    @Test
    void should_compare_both_sides_on_the_same_segments_with_equal_vectors() {
        // given 20 segments from a seed page
        List<String> texts = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> "太谷区总工会在人民广场举办腊八送温情活动，为户外劳动者送上腊八粥。".repeat(1 + i % 4))
                .toList();
        long chars = texts.stream().mapToLong(String::length).sum();

        try (Embedder ours = Embedders.open(MODELS, "bge-small-zh-v15-q")) {
            // when
            EmbeddingBenchmark.Result result = EmbeddingBenchmark.run(ours, MODELS.resolve("bge-small-zh-v15-q"), texts, 1);

            // then
            assertEquals(20, result.segments());
            assertEquals(chars, result.chars());
            assertEquals(result.baowen().charsPerSecond() / result.langchain4j().charsPerSecond(), result.ratio(), 1e-9);
            assertEquals(chars / result.baowen().seconds(), result.baowen().charsPerSecond(), 1e-6);
            assertTrue(result.minCosine() >= 0.9999, "lowest cosine " + result.minCosine());
        }
    }
}
