package com.baowen.bench;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddingBenchmarkTest {
    @Test
    void should_refuse_an_empty_list_of_segments() {
        BaowenException e = assertThrows(BaowenException.class,
                () -> EmbeddingBenchmark.run(null, Path.of("models/bge-small-zh-v15-q"), List.of(), 3));
        assertEquals("texts must hold at least one segment, got none", e.getMessage());
    }

    @Test
    void should_refuse_repetitions_out_of_range() {
        BaowenException e = assertThrows(BaowenException.class,
                () -> EmbeddingBenchmark.run(null, Path.of("models/bge-small-zh-v15-q"), List.of("腊八送温情"), 0));
        assertEquals("repetitions must be between 1 and 20, got 0", e.getMessage());
    }

    @Test
    void should_print_both_sides_and_their_ratio() {
        // given
        EmbeddingBenchmark.Side theirs = new EmbeddingBenchmark.Side("LangChain4j embedAll", 10.0, 20.0, 4000, 19.5);
        EmbeddingBenchmark.Side ours = new EmbeddingBenchmark.Side("Baowen OrtEmbedder", 8.0, 25.0, 5000, 15.9);

        // when
        String table = new EmbeddingBenchmark.Result("bge-small-zh-v15-q", 200, 40000, 3, theirs, ours, 1.25, 0.999998).table();

        // then
        assertEquals("""
                embedding bge-small-zh-v15-q: 200 segments, 40000 chars, median of 3 runs
                                             seconds   segments/s      chars/s     CPU s
                LangChain4j embedAll           10.00         20.0         4000     19.50
                Baowen OrtEmbedder              8.00         25.0         5000     15.90
                ratio (chars/s) 1.25x, lowest cosine between the sides 0.999998
                """, table);
    }
}
