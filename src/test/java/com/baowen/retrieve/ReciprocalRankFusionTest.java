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

class ReciprocalRankFusionTest {

    static List<Ranked> list(String... keys) {
        return Stream.of(keys).map(k -> new Ranked(k, 1.0)).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // in both lists at rank 1: 2/61
                Arguments.of(60, List.of(list("腊八粥"), list("腊八粥")), "腊八粥", 2.0 / 61),
                // rank 2 in one list only
                Arguments.of(60, List.of(list("春联", "腊八粥"), list()), "腊八粥", 1.0 / 62),
                // rank 1 and rank 3
                Arguments.of(60, List.of(list("腊八粥", "a", "b"), list("a", "b", "腊八粥")), "腊八粥", 1.0 / 61 + 1.0 / 63),
                // a small k sharpens the head
                Arguments.of(1, List.of(list("a", "腊八粥"), list("腊八粥")), "腊八粥", 1.0 / 3 + 1.0 / 2));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_score_a_key_by_its_reciprocal_ranks(int k, List<List<Ranked>> lists, String key, double expected) {
        // given
        Fusion fusion = new ReciprocalRankFusion(k);

        // when
        Map<String, Double> fused = fusion.fuse(lists);

        // then
        assertEquals(expected, fused.get(key), 1e-12);
    }

    @Test
    void should_rank_a_key_found_by_both_retrievers_above_one_found_by_one() {
        // given
        List<List<Ranked>> lists = List.of(list("春联", "腊八粥"), list("腊八粥", "讲座"));

        // when
        Map<String, Double> fused = new ReciprocalRankFusion().fuse(lists);

        // then
        assertEquals(List.of("腊八粥", "春联", "讲座"), fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
    }

    @Test
    void should_reject_k_below_one() {
        BaowenException e = assertThrows(BaowenException.class, () -> new ReciprocalRankFusion(0));
        assertEquals("k must be >= 1, got 0", e.getMessage());
    }
}
