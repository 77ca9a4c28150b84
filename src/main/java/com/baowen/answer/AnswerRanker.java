package com.baowen.answer;

import com.baowen.BaowenException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The learned answer-sentence ranker: gradient-boosted trees (XGBoost, binary logistic) that give
 * each candidate sentence the probability that it holds the answer, with the {@link Tuning} it was
 * trained with. Thread-safe (predictions are serialised on the booster; each takes well under a
 * millisecond).
 */
public final class AnswerRanker {
    /** Where the bundled model lives on the class path (committed under src/main/resources). */
    static final String RESOURCE_DIR = "/ranker/";
    public static final String TUNING_FILE = "answer-ranker.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile AnswerRanker bundled;

    private final Booster booster;
    private final Tuning tuning;

    public AnswerRanker(Booster booster, Tuning tuning) {
        if (!tuning.features().equals(SentenceFeatures.NAMES)) {
            throw new BaowenException("ranker model was trained on features " + tuning.features()
                    + " but this build computes " + SentenceFeatures.NAMES + ": run `train` again");
        }
        this.booster = booster;
        this.tuning = tuning;
    }

    /** The model committed with the code, loaded once. */
    public static AnswerRanker bundled() {
        AnswerRanker r = bundled;
        if (r == null) {
            synchronized (AnswerRanker.class) {
                r = bundled;
                if (r == null) {
                    r = bundled = loadResource();
                }
            }
        }
        return r;
    }

    /** A model written by {@code train} into {@code dir}. */
    public static AnswerRanker load(Path dir) {
        Path tuningFile = dir.resolve(TUNING_FILE);
        try {
            Tuning tuning = JSON.readValue(tuningFile.toFile(), Tuning.class);
            try (InputStream in = Files.newInputStream(dir.resolve(tuning.model()))) {
                return new AnswerRanker(XGBoost.loadModel(in), tuning);
            }
        } catch (IOException | XGBoostError e) {
            throw new BaowenException("cannot load the answer ranker from " + tuningFile + ": " + e.getMessage(), e);
        }
    }

    private static AnswerRanker loadResource() {
        try (InputStream t = AnswerRanker.class.getResourceAsStream(RESOURCE_DIR + TUNING_FILE)) {
            if (t == null) {
                throw new BaowenException("the answer ranker " + RESOURCE_DIR + TUNING_FILE + " is not on the class path: run `train`");
            }
            Tuning tuning = JSON.readValue(t, Tuning.class);
            try (InputStream m = AnswerRanker.class.getResourceAsStream(RESOURCE_DIR + tuning.model())) {
                if (m == null) {
                    throw new BaowenException("the answer ranker model " + RESOURCE_DIR + tuning.model() + " is not on the class path");
                }
                return new AnswerRanker(XGBoost.loadModel(m), tuning);
            }
        } catch (IOException | XGBoostError e) {
            throw new BaowenException("cannot load the bundled answer ranker: " + e.getMessage(), e);
        }
    }

    public Tuning tuning() {
        return tuning;
    }

    /** The probability of each row (features in {@link SentenceFeatures#NAMES} order; NaN = unknown). */
    public double[] probabilities(List<float[]> rows) {
        if (rows.isEmpty()) {
            return new double[0];
        }
        int cols = SentenceFeatures.NAMES.size();
        float[] data = new float[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * cols, cols);
        }
        try {
            DMatrix m = new DMatrix(data, rows.size(), cols, Float.NaN);
            try {
                float[][] p;
                synchronized (booster) {
                    p = booster.predict(m);
                }
                double[] out = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    out[i] = p[i][0];
                }
                return out;
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new BaowenException("the answer ranker failed on " + rows.size() + " rows: " + e.getMessage(), e);
        }
    }
}
