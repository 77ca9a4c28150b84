package com.baowen.answer;

import com.baowen.BaowenException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the highlight, the entity of an answer sentence shown as the answer, among its
 * {@link SpanFeatures#options}: with the span model {@code train-spans} fits (gradient-boosted trees:
 * the option likeliest to overlap a gold answer), or by {@link #rule} when no model is loaded.
 * Thread-safe (predictions are serialised on the booster).
 */
public final class SpanPicker {
    public static final String RECORD_FILE = "answer-span.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile SpanPicker bundled;

    /** The picker without a model: {@link #rule} only. */
    public static final SpanPicker RULE = new SpanPicker(null, null);

    /** Marks a list whose choice waits for the prediction. */
    private static final int PREDICTED = -2;

    private final Booster booster;
    private final Record record;

    /**
     * How the span model was made; immutable by convention.
     *
     * @param model    file name of the XGBoost model beside this record (binary logistic or LambdaMART, whichever
     *                 was better out of fold: the higher its output, the likelier the option overlaps gold)
     * @param features {@link SpanFeatures#NAMES} as the model was trained on them
     * @param training data, split and learner
     * @param measured figures on data the model did not fit
     */
    public record Record(String model, List<String> features, Map<String, Object> training,
                         Map<String, Object> measured) {
    }

    public SpanPicker(Booster booster, Record record) {
        if (record != null && !record.features().equals(SpanFeatures.NAMES)) {
            throw new BaowenException("span model was trained on features " + record.features()
                    + " but this build computes " + SpanFeatures.NAMES + ": run `train-spans` again");
        }
        this.booster = booster == null ? null : Boosters.singleThreaded(booster);
        this.record = record;
    }

    /** The span model committed with the code (beside the answer ranker), or {@link #RULE} when there is none. */
    public static SpanPicker bundled() {
        SpanPicker p = bundled;
        if (p == null) {
            synchronized (SpanPicker.class) {
                p = bundled;
                if (p == null) {
                    p = bundled = loadResource();
                }
            }
        }
        return p;
    }

    /** A span model written by {@code train-spans} into {@code dir}. */
    public static SpanPicker load(Path dir) {
        Path file = dir.resolve(RECORD_FILE);
        try {
            Record record = JSON.readValue(file.toFile(), Record.class);
            return new SpanPicker(Boosters.load(dir, record.model()), record);
        } catch (IOException | XGBoostError e) {
            throw new BaowenException("cannot load the span model from " + file + ": " + e.getMessage(), e);
        }
    }

    private static SpanPicker loadResource() {
        try (InputStream r = SpanPicker.class.getResourceAsStream(AnswerRanker.RESOURCE_DIR + RECORD_FILE)) {
            if (r == null) {
                return RULE;
            }
            Record record = JSON.readValue(r, Record.class);
            return new SpanPicker(Boosters.resource(AnswerRanker.RESOURCE_DIR, record.model(), "the span model"), record);
        } catch (IOException | XGBoostError e) {
            throw new BaowenException("cannot load the bundled span model: " + e.getMessage(), e);
        }
    }

    /** The record of the loaded model, or {@code null} for {@link #RULE}. */
    public Record record() {
        return record;
    }

    /**
     * The rule the highlight followed before the span model, and follows without one: the first option
     * that is a number ending in the unit asked, else the first of the kind asked, a number holding the
     * unit asked taking precedence.
     *
     * @return the chosen option's index, or -1 when there are none
     */
    public static int rule(List<SpanFeatures.Option> options) {
        int unitInside = SpanFeatures.NAMES.indexOf("unitInside");
        int first = -1;
        boolean fits = false;
        for (int i = 0; i < options.size(); i++) {
            SpanFeatures.Option o = options.get(i);
            if (o.endsInUnit()) {
                return i;
            }
            // not ending in the unit asked, so of the kind asked (an option is one or the other)
            boolean f = o.entity().kind() == Entity.Kind.NUMBER && o.values()[unitInside] == 1;
            if (first < 0 || f && !fits) {
                first = i;
            }
            fits |= f;
        }
        return first;
    }

    /**
     * One choice per list of options: its index in the list, or -1 for an empty list. With a model, the
     * option most likely to be the answer (one prediction for all lists); without, {@link #rule}.
     */
    public int[] pick(List<List<SpanFeatures.Option>> lists) {
        int[] out = new int[lists.size()];
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            List<SpanFeatures.Option> options = lists.get(i);
            if (booster == null || options.size() < 2) {
                out[i] = booster == null ? rule(options) : options.size() - 1; // 0, or -1 for none
            } else {
                out[i] = PREDICTED;
                options.forEach(o -> rows.add(o.values()));
            }
        }
        if (rows.isEmpty()) {
            return out;
        }
        double[] p = predict(rows);
        int at = 0;
        for (int i = 0; i < lists.size(); i++) {
            if (out[i] != PREDICTED) {
                continue;
            }
            int best = 0;
            for (int j = 0; j < lists.get(i).size(); j++) {
                if (p[at + j] > p[at + best]) {
                    best = j;
                }
            }
            out[i] = best;
            at += lists.get(i).size();
        }
        return out;
    }

    /** Each row's score: the higher, the likelier the option overlaps a gold answer. */
    private double[] predict(List<float[]> rows) {
        return Boosters.predict(booster, rows, SpanFeatures.NAMES.size(), "the span model");
    }
}
