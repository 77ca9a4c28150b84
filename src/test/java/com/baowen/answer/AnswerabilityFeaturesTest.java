package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One row per question: the best sentence's features and the shape of the field (made-up rows). */
class AnswerabilityFeaturesTest {
    private static final int COLS = SentenceFeatures.NAMES.size();

    @Test
    void should_copy_the_most_likely_sentences_features_and_describe_the_field() {
        // given: three candidates, the second the most likely, the third within half of it
        List<float[]> rows = List.of(row(1), row(2), row(3));

        // when
        float[] f = AnswerabilityFeatures.of(rows, new double[]{0.1, 0.8, 0.5});

        // then
        assertEquals(AnswerabilityFeatures.NAMES.size(), f.length);
        assertEquals(2f, f[AnswerabilityFeatures.NAMES.indexOf("best.semantic")]);
        assertEquals(2f, f[AnswerabilityFeatures.NAMES.indexOf("best.slotExpected")]);
        assertEquals(0.8f, f[AnswerabilityFeatures.NAMES.indexOf("p1")]);
        assertEquals(0.5f, f[AnswerabilityFeatures.NAMES.indexOf("p2")]);
        assertEquals(0.1f, f[AnswerabilityFeatures.NAMES.indexOf("p3")]);
        assertEquals(3f, f[AnswerabilityFeatures.NAMES.indexOf("candidates")]);
        assertEquals(2f, f[AnswerabilityFeatures.NAMES.indexOf("withinHalf")]);
    }

    @Test
    void should_leave_what_is_missing_unknown() {
        // when: one candidate, so no second or third probability
        float[] f = AnswerabilityFeatures.of(List.of(row(7)), new double[]{0.3});

        // then
        assertTrue(Float.isNaN(f[AnswerabilityFeatures.NAMES.indexOf("p2")]));
        assertTrue(Float.isNaN(f[AnswerabilityFeatures.NAMES.indexOf("p3")]));
        assertEquals(1f, f[AnswerabilityFeatures.NAMES.indexOf("withinHalf")]);
    }

    @Test
    void should_not_see_the_features_that_tell_how_an_unanswerable_ask_was_made() {
        // given: the best row's features numbered by position
        float[] best = new float[COLS];
        for (int i = 0; i < COLS; i++) {
            best[i] = i;
        }

        // when
        float[] f = AnswerabilityFeatures.of(List.of(best), new double[]{0.9});

        // then: each name it keeps carries that feature's value, and none of the left-out ones is kept
        for (String name : SentenceFeatures.NAMES) {
            int at = AnswerabilityFeatures.NAMES.indexOf("best." + name);
            if (AnswerabilityFeatures.LEFT_OUT.contains(name)) {
                assertEquals(-1, at, name);
            } else {
                assertEquals(SentenceFeatures.NAMES.indexOf(name), f[at], name);
            }
        }
        assertEquals(COLS - AnswerabilityFeatures.LEFT_OUT.size() + 5, AnswerabilityFeatures.NAMES.size());
    }

    private static float[] row(float v) {
        float[] r = new float[COLS];
        java.util.Arrays.fill(r, v);
        return r;
    }
}
