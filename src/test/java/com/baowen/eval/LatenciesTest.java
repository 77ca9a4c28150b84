package com.baowen.eval;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LatenciesTest {
    @Test
    void should_take_the_percentile_of_that_rank_in_milliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L; // in any order
        }

        assertEquals(50.0, Latencies.percentileMillis(nanos, 50), 0.05);
        assertEquals(95.0, Latencies.percentileMillis(nanos, 95), 0.1);
        assertEquals(99.0, Latencies.percentileMillis(nanos, 99), 0.1);
        assertEquals(7.0, Latencies.percentileMillis(new long[]{7_000_000L}, 99), 0.01);
        assertEquals(0.0, Latencies.percentileMillis(new long[0], 50));
        assertEquals(1_000_000L, nanos[99], "the durations are not changed");
    }

    @Test
    void should_measure_a_first_pass_then_the_rounds_each_on_a_fresh_context_after_the_warm_up() {
        List<String> queries = List.of("甲", "乙", "丙");
        AtomicInteger contexts = new AtomicInteger();
        List<String> asked = new ArrayList<>();

        Latencies.Passes passes = Latencies.run(queries, contexts::incrementAndGet,
                (context, q) -> asked.add(context + q), Duration.ZERO, 2);

        assertEquals(3, passes.first().length);
        assertEquals(6, passes.warm().length);
        // a throwaway context for the first warm-up, the first pass, one warm-up pass (at least one), two rounds
        assertEquals(5, contexts.get());
        assertEquals(List.of("1甲", "1乙", "1丙", "2甲", "2乙", "2丙", "3甲", "3乙", "3丙", "4甲", "4乙", "4丙", "5甲", "5乙", "5丙"),
                asked);
    }

    @Test
    void should_refuse_fewer_than_one_round() {
        assertThrows(IllegalArgumentException.class,
                () -> Latencies.run(List.of("甲"), Object::new, (c, q) -> { }, Duration.ZERO, 0));
    }
}
