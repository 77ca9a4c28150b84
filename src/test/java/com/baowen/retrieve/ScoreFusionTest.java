package com.baowen.retrieve;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreFusionTest {
    // BM25 scores and cosines as the two retrievers give them
    private static final List<Ranked> BM25 = List.of(new Ranked("腊八粥", 12.0), new Ranked("春联", 8.0), new Ranked("讲座", 4.0));
    private static final List<Ranked> DENSE = List.of(new Ranked("春联", 0.80), new Ranked("讲座", 0.70), new Ranked("腊八粥", 0.60));

    static Stream<Arguments> cases() {
        return Stream.of(
                // BM25 12 -> 1.0, dense 0.60 -> 0.0
                Arguments.of(0.5, "腊八粥", 0.5),
                // BM25 8 -> 0.5, dense 0.80 -> 1.0
                Arguments.of(0.5, "春联", 0.75),
                Arguments.of(0.8, "腊八粥", 0.8),
                Arguments.of(0.8, "春联", 0.8 * 0.5 + 0.2 * 1.0),
                // BM25 4 -> 0.0, dense 0.70 -> 0.5
                Arguments.of(0.8, "讲座", 0.2 * 0.5));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_add_min_max_scaled_scores_by_weight(double bm25Weight, String key, double expected) {
        // given
        Fusion fusion = new ScoreFusion(bm25Weight, 1 - bm25Weight);

        // when
        Map<String, Double> fused = fusion.fuse(List.of(BM25, DENSE));

        // then
        assertEquals(expected, fused.get(key), 1e-9);
    }

    @Test
    void should_give_full_marks_to_the_only_entry_of_a_list() {
        // given
        List<List<Ranked>> lists = List.of(List.of(new Ranked("腊八粥", 3.0)), List.of());

        // when
        Map<String, Double> fused = new ScoreFusion(0.7, 0.3).fuse(lists);

        // then
        assertEquals(Map.of("腊八粥", 0.7), fused);
    }

    @Test
    void should_reject_a_list_count_other_than_the_weight_count() {
        BaowenException e = assertThrows(BaowenException.class, () -> new ScoreFusion(0.5, 0.5).fuse(List.of(BM25)));
        assertEquals("lists must number 2 (one per weight), got 1", e.getMessage());
    }

    @Test
    void should_reject_a_negative_weight() {
        BaowenException e = assertThrows(BaowenException.class, () -> new ScoreFusion(1.2, -0.2));
        assertEquals("weights must be >= 0, got -0.2", e.getMessage());
    }
}
