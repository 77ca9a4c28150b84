package com.baowen.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void should_split_a_set_into_its_held_out_and_training_parts() {
        // given: 200 questions, one per paragraph, and one without a gold paragraph
        List<EvalQuestion> questions = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> questions.add(
                new EvalQuestion("q" + i, "问题" + i, "P" + i, null, List.of("答"), List.of(), false)));
        questions.add(new EvalQuestion("x", "问题", null, null, List.of("答"), List.of(), false));
        EvalSet set = new EvalSet("s.json", questions, null);

        // when
        EvalSet heldOut = set.part(true);
        EvalSet training = set.part(false);

        // then: every question with a paragraph lands in exactly the part HeldOut names
        assertEquals(200, heldOut.questions().size() + training.questions().size());
        assertTrue(heldOut.questions().stream().allMatch(q -> HeldOut.isHeldOut(q.goldArticleId())));
        assertTrue(training.questions().stream().noneMatch(q -> HeldOut.isHeldOut(q.goldArticleId())));
        assertEquals("s.json (training part)", training.name());
    }
}
