package com.baowen.eval;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldOutTest {

    @Test
    void should_hold_out_about_a_fifth_of_paragraphs_the_same_way_every_time() {
        // when
        long heldOut = IntStream.range(0, 10_000).filter(i -> HeldOut.isHeldOut("TRIAL_" + i)).count();

        // then
        assertTrue(heldOut > 1_800 && heldOut < 2_200, "held out " + heldOut);
        assertEquals(HeldOut.isHeldOut("1147-2"), HeldOut.isHeldOut("1147-2"));
    }

    @Test
    void should_spread_training_paragraphs_over_every_fold() {
        // when
        long[] perFold = new long[5];
        IntStream.range(0, 5_000).forEach(i -> perFold[HeldOut.fold("p" + i, 5)]++);

        // then
        for (long n : perFold) {
            assertTrue(n > 800 && n < 1_200, java.util.Arrays.toString(perFold));
        }
    }
}
