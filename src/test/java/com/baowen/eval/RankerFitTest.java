package com.baowen.eval;

import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.Tuning;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fitting on made-up asks where one feature tells the answering sentence apart. */
class RankerFitTest {
    private static final int COLS = SentenceFeatures.NAMES.size();
    private static final int SEMANTIC = SentenceFeatures.NAMES.indexOf("semantic");
    private static final int RANK = SentenceFeatures.NAMES.indexOf("prefilterRank");
    private static final int ARTICLE = SentenceFeatures.NAMES.indexOf("articleRank");
    private static final int INDEX = SentenceFeatures.NAMES.indexOf("index");
    private static final int PERIOD_MATCH = SentenceFeatures.NAMES.indexOf("periodMatch");

    @Test
    void should_count_an_answer_running_over_two_sentences_as_held_only_when_both_are_taken() {
        // given: the gold answer needs sentences 3 and 4 of the gold article (rank 0); the ranker is sure of 3 only
        TrainingRows.Ask ask = new TrainingRows.Ask("made-up", "p", "大桥全长多少米？", false, TrainingRows.Kind.ANSWERABLE,
                List.of(row(0, 3), row(0, 4), row(1, 0), row(0, 8)), new int[]{1, 1, 0, 0}, 0, new int[][]{{3, 4}});
        Map<TrainingRows.Ask, double[]> p = new IdentityHashMap<>();
        p.put(ask, new double[]{0.9, 0.2, 0.3, 0.1});

        // when: a neighbour needs the join bar (0.45), or the adjacent bar (0.18)
        Map<String, Object> alone = RankerFit.figures(List.of(ask), p, 0.05, 0.5, 0.5);
        Map<String, Object> joined = RankerFit.figures(List.of(ask), p, 0.05, 0.5, 0.2);

        // then
        assertEquals(0.0, alone.get("holdsGold"));
        assertEquals(Map.of("answerCut", 1), alone.get("misses"));
        assertEquals(1, alone.get("missesNeedingSeveralSentences"));
        assertEquals(1.0, joined.get("holdsGold"));
        assertEquals(2.0, joined.get("meanSentences"));
    }

    @Test
    void should_let_the_answer_to_a_why_question_take_a_neighbour_the_not_found_bar_keeps_out() {
        // given: "why" needs sentences 3 and 4, and the ranker gives 4 only 0.01; "how long" needs 3 alone
        TrainingRows.Ask why = new TrainingRows.Ask("made-up", "p", "大桥为什么推迟通车？", false, TrainingRows.Kind.ANSWERABLE,
                List.of(row(0, 3), row(0, 4), row(1, 0)), new int[]{1, 1, 0}, 0, new int[][]{{3, 4}});
        TrainingRows.Ask howLong = new TrainingRows.Ask("made-up", "q", "大桥全长多少米？", false, TrainingRows.Kind.ANSWERABLE,
                List.of(row(0, 3), row(0, 4), row(1, 0)), new int[]{1, 0, 0}, 0, new int[][]{{3, 3}});
        Map<TrainingRows.Ask, double[]> p = new IdentityHashMap<>();
        p.put(why, new double[]{0.9, 0.01, 0.2});
        p.put(howLong, new double[]{0.9, 0.01, 0.2});
        List<TrainingRows.Ask> asks = List.of(why, howLong);

        // when: the not-found bar 0.05 and the join and adjacent ratios 0.5 for every question
        Tuning.Picking passage = RankerFit.passage(asks, p, a -> false, 0.05, 0.5, 0.5, "made-up",
                new PrintStream(OutputStream.nullOutputStream()));
        Map<String, Object> before = RankerFit.figures(asks, p, a -> false, 0.05, 0.5, 0.5, null);
        Map<String, Object> after = RankerFit.figures(asks, p, a -> false, 0.05, 0.5, 0.5, passage);

        // then: the why answer takes the neighbour and nothing else; the other answer is as before
        assertTrue(passage.adjacentFloor() <= 0.01, passage.toString());
        assertTrue(passage.adjacentRatio() <= 0.01 / 0.9, passage.toString());
        assertEquals(0.5, before.get("holdsGold"));
        assertEquals(1.0, after.get("holdsGold"));
        assertEquals(1.5, after.get("meanSentences"));
        assertTrue(passage.how().contains("made-up"), passage.how());
    }

    @Test
    void should_name_the_kind_of_miss_when_another_article_wins() {
        // given
        TrainingRows.Ask ask = new TrainingRows.Ask("made-up", "p", "大桥全长多少米？", false, TrainingRows.Kind.ANSWERABLE,
                List.of(row(0, 3), row(1, 0)), new int[]{1, 0}, 0, new int[][]{{3, 3}});
        Map<TrainingRows.Ask, double[]> p = new IdentityHashMap<>();
        p.put(ask, new double[]{0.2, 0.9});

        // when
        Map<String, Object> f = RankerFit.figures(List.of(ask), p, 0.05, 0.5, 0.5);

        // then
        assertEquals(Map.of("otherArticle", 1), f.get("misses"));
    }

    private static float[] row(int article, int index) {
        float[] v = new float[COLS];
        Arrays.fill(v, Float.NaN);
        v[ARTICLE] = article;
        v[INDEX] = index;
        return v;
    }

    @Test
    void should_choose_a_not_found_bar_that_keeps_false_not_found_under_the_target_out_of_fold() {
        // given: 600 questions asked with and without their paragraph, 10 candidates each
        List<TrainingRows.Ask> asks = asks(600, false);

        // when
        RankerFit.Fitted fitted = fit(asks);

        // then
        Tuning t = fitted.tuning();
        Map<String, Object> oof = measured(fitted, "outOfFold");
        assertTrue((double) oof.get("falseNotFound") <= RankerFit.FALSE_NOT_FOUND_TARGET, oof.toString());
        assertTrue((double) oof.get("negativesRefused") > 0.9, oof.toString());
        assertTrue((double) oof.get("top1HoldsGold") > 0.95, oof.toString());
        assertEquals(8.0, t.prefilter().value()); // the answering sentence is always among the first 8 here
        assertTrue(t.notFound().how().contains("out of fold"), t.notFound().how());
        assertEquals("m-order.ubj", t.orderModel());
        assertEquals("m-answerability.ubj", t.answerabilityModel());
        assertTrue(t.answerable().how().contains("out of fold"), t.answerable().how());
        assertNotNull(fitted.answerability());
        // the variant was judged on the two models' answers, the best probability deciding whether (one set here:
        // its own figure); the answerability model is fitted afterwards on the chosen variant's probabilities
        @SuppressWarnings("unchecked")
        Map<String, Object> compared = (Map<String, Object>) t.training().get("variantsOutOfFoldHoldsGoldAveragedOverSets");
        assertEquals((double) measured(fitted, "outOfFoldProbabilityDecides").get("holdsGold"), (double) compared.get("plain"), 1e-9);
        assertNotNull(fitted.order());
    }

    @Test
    void should_let_the_best_probability_decide_when_no_answerability_model_is_asked_for() {
        // given: 600 questions asked with and without their paragraph, 10 candidates each
        List<TrainingRows.Ask> asks = asks(600, false);

        // when
        RankerFit.Fitted fitted = fit(asks, null);

        // then: no answerability model or bar; the figures refuse what the best probability under the bar refuses
        Tuning t = fitted.tuning();
        assertNull(fitted.answerability());
        assertNull(t.answerabilityModel());
        assertNull(t.answerable());
        assertTrue(t.notFound().how().contains("is answered \"not found\""), t.notFound().how());
        assertEquals(measured(fitted, "outOfFoldProbabilityDecides").get("falseNotFound"),
                measured(fitted, "outOfFold").get("falseNotFound"));
        assertEquals(measured(fitted, "outOfFoldProbabilityDecides").get("negativesRefused"),
                measured(fitted, "outOfFold").get("negativesRefused"));
        assertEquals(measured(fitted, "heldOutProbabilityDecides").get("falseNotFound"),
                measured(fitted, "heldOut").get("falseNotFound"));
        assertTrue((double) measured(fitted, "outOfFold").get("falseNotFound") <= RankerFit.FALSE_NOT_FOUND_TARGET);
    }

    @Test
    void should_refuse_near_topic_asks_the_best_probability_cannot_tell_from_answerable_ones() {
        // given: 600 questions asked with their paragraph (one sentence of high cosine: the answer), without it
        // (none high), and near the topic: three sentences of high cosine, none the answer
        List<TrainingRows.Ask> asks = asks(600, true);

        // when
        RankerFit.Fitted fitted = fit(asks);

        // then: each near-topic sentence looks like an answer, so the best probability answers them; the
        // answerability model, which sees the whole field, refuses them at the same false "not found"
        Map<String, Object> probability = measured(fitted, "outOfFoldProbabilityDecides");
        Map<String, Object> oof = measured(fitted, "outOfFold");
        assertTrue((double) probability.get("nearTopicRefused") < 0.2, probability.toString());
        assertTrue((double) oof.get("nearTopicRefused") > 0.8, oof.toString());
        assertTrue((double) oof.get("falseNotFound") <= RankerFit.FALSE_NOT_FOUND_TARGET, oof.toString());
    }

    @Test
    void should_refuse_period_shifted_asks_whose_likely_answer_names_another_period() {
        // given: 600 questions naming a period, asked with their paragraph (the answer names that period) and with the
        // period moved past the paragraph's (the same sentences, the answer's as likely looking, naming another period)
        List<TrainingRows.Ask> asks = new ArrayList<>();
        for (TrainingRows.Ask a : asks(600, false)) {
            asks.add(a);
            if (a.answerable()) {
                int gold = 0;
                while (a.labels()[gold] == 0) {
                    gold++;
                }
                List<float[]> shifted = new ArrayList<>();
                a.rows().forEach(r -> shifted.add(r.clone()));
                a.rows().get(gold)[PERIOD_MATCH] = 1;
                shifted.get(gold)[PERIOD_MATCH] = 0;
                asks.add(new TrainingRows.Ask("made-up", a.paragraph(), "2026年大桥全长多少米？", a.heldOut(),
                        TrainingRows.Kind.PERIOD_SHIFTED, shifted, new int[10], -1, null));
            }
        }

        // when
        RankerFit.Fitted fitted = fit(asks);

        // then: the sentence models never see a shifted ask, and the answer's sentence is still there, so the best
        // probability answers them; the answerability model, fitted on them too, refuses them at the same false "not found"
        Map<String, Object> probability = measured(fitted, "outOfFoldProbabilityDecides");
        Map<String, Object> oof = measured(fitted, "outOfFold");
        assertEquals((int) asks.stream().filter(a -> a.kind() == TrainingRows.Kind.PERIOD_SHIFTED && !a.heldOut()).count(),
                oof.get("periodShifted"), oof.toString());
        assertTrue((double) probability.get("periodShiftedRefused") < 0.2, probability.toString());
        assertTrue((double) oof.get("periodShiftedRefused") > 0.8, oof.toString());
        assertTrue((double) oof.get("falseNotFound") <= RankerFit.FALSE_NOT_FOUND_TARGET, oof.toString());
    }

    /** Each question asked with and without its paragraph, and near its topic if {@code nearTopic}. */
    private static List<TrainingRows.Ask> asks(int questions, boolean nearTopic) {
        Random random = new Random(7);
        List<TrainingRows.Ask> asks = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            String paragraph = "p" + q;
            asks.add(ask(paragraph, true, random));
            asks.add(ask(paragraph, false, random));
            if (nearTopic) {
                TrainingRows.Ask other = ask(paragraph, false, random);
                for (int i = 0; i < 3; i++) {
                    other.rows().get(i)[SEMANTIC] = (float) (0.7 + 0.2 * random.nextDouble());
                }
                asks.add(new TrainingRows.Ask("made-up", paragraph, other.question(), other.heldOut(), TrainingRows.Kind.NEAR_TOPIC,
                        other.rows(), other.labels(), -1, null));
            }
        }
        return asks;
    }

    private static RankerFit.Fitted fit(List<TrainingRows.Ask> asks) {
        return fit(asks, "m-answerability.ubj");
    }

    private static RankerFit.Fitted fit(List<TrainingRows.Ask> asks, String answerabilityFile) {
        return RankerFit.fit(asks, Map.of("objective", "binary:logistic", "nthread", 1, "max_depth", 3, "eta", 0.3),
                20, "m.ubj", "m-order.ubj", answerabilityFile, Map.of("sets", "made-up"),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measured(RankerFit.Fitted fitted, String figures) {
        return (Map<String, Object>) fitted.tuning().measured().get(figures);
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
        return new TrainingRows.Ask("made-up", paragraph, "大桥全长多少米？", HeldOut.isHeldOut(paragraph), answerable, rows, labels);
    }
}
