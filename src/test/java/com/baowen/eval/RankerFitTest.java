package com.baowen.eval;

import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.Tuning;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fitting on made-up asks where one feature tells the answering sentence apart. */
class RankerFitTest {
    private static final int COLS = SentenceFeatures.NAMES.size();
    private static final int SEMANTIC = SentenceFeatures.NAMES.indexOf("semantic");
    private static final int RANK = SentenceFeatures.NAMES.indexOf("prefilterRank");

    @Test
    void should_choose_a_not_found_bar_that_keeps_false_not_found_under_the_target_out_of_fold() {
        // given: 600 questions asked with and without their paragraph, 10 candidates each
        Random random = new Random(7);
        List<TrainingRows.Ask> asks = new ArrayList<>();
        for (int q = 0; q < 600; q++) {
            String paragraph = "p" + q;
            asks.add(ask(paragraph, true, random));
            asks.add(ask(paragraph, false, random));
        }

        // when
        RankerFit.Fitted fitted = RankerFit.fit(asks, Map.of("objective", "binary:logistic", "nthread", 1, "max_depth", 3, "eta", 0.3),
                20, "m.ubj", Map.of("sets", "made-up"), new PrintStream(OutputStream.nullOutputStream()));

        // then
        Tuning t = fitted.tuning();
        @SuppressWarnings("unchecked")
        Map<String, Object> oof = (Map<String, Object>) t.measured().get("outOfFold");
        assertTrue((double) oof.get("falseNotFound") <= RankerFit.FALSE_NOT_FOUND_TARGET, oof.toString());
        assertTrue((double) oof.get("negativesRefused") > 0.9, oof.toString());
        assertTrue((double) oof.get("top1HoldsGold") > 0.95, oof.toString());
        assertEquals(8.0, t.prefilter().value()); // the answering sentence is always among the first 8 here
        assertTrue(t.notFound().how().contains("out of fold"), t.notFound().how());
    }

    /** Ten candidates; with the paragraph, one of the first three holds the answer and has a high cosine. */
    private static TrainingRows.Ask ask(String paragraph, boolean answerable, Random random) {
        List<float[]> rows = new ArrayList<>();
        int[] labels = new int[10];
        int gold = answerable ? random.nextInt(3) : -1;
        for (int i = 0; i < 10; i++) {
            float[] v = new float[COLS];
            Arrays.fill(v, Float.NaN);
            v[RANK] = i;
            v[SEMANTIC] = (float) (i == gold ? 0.7 + 0.2 * random.nextDouble() : 0.2 + 0.4 * random.nextDouble());
            rows.add(v);
            labels[i] = i == gold ? 1 : 0;
        }
        return new TrainingRows.Ask("made-up", paragraph, HeldOut.isHeldOut(paragraph), answerable, rows, labels);
    }
}
