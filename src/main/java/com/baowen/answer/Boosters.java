package com.baowen.answer;

import com.baowen.BaowenException;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the answer stage's XGBoost models (and their fitting) share: loading, fitting, predictions over rows, and
 * how they predict.
 */
public final class Boosters {
    private Boosters() {
    }

    /**
     * The booster's output for each row (serialised on the booster, so one booster may serve many threads).
     *
     * @param cols the number of values in a row; NaN is unknown
     * @param what what the model is, for the error
     */
    public static double[] predict(Booster b, List<float[]> rows, int cols, String what) {
        if (rows.isEmpty()) {
            return new double[0];
        }
        try {
            DMatrix m = matrix(rows, cols);
            try {
                float[][] p;
                synchronized (b) {
                    p = b.predict(m);
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
            throw new BaowenException(what + " failed on " + rows.size() + " rows: " + e.getMessage(), e);
        }
    }

    /**
     * The booster set to predict on the calling thread alone. With the training parameters' {@code nthread} 2 a
     * whole answer on the seeds took 8–13.5 ms, on the calling thread 4.3–6.2 ms, while the predictions alone take
     * about the same either way (a question's few dozen rows, well under a millisecond): XGBoost's worker threads
     * slow the rest of the answer on a 2-core machine (PredictThreadsMeasure, test sources). Predictions are the
     * same either way.
     */
    public static Booster singleThreaded(Booster b) {
        try {
            b.setParam("nthread", "1");
            return b;
        } catch (XGBoostError e) {
            throw new BaowenException("cannot set up the model for prediction: " + e.getMessage(), e);
        }
    }

    /**
     * Fits a model on rows (each {@code cols} values; NaN is unknown).
     *
     * @param weights per row, or {@code null} for 1 each
     * @param groups  rows per group, in order, for a ranking objective; or {@code null}
     * @param what    what the model is, for the error
     */
    public static Booster train(List<float[]> rows, int cols, float[] labels, float[] weights, int[] groups,
                                Map<String, Object> params, int rounds, String what) {
        try {
            DMatrix m = matrix(rows, cols);
            try {
                m.setLabel(labels);
                if (weights != null) {
                    m.setWeight(weights);
                }
                if (groups != null) {
                    m.setGroup(groups);
                }
                return XGBoost.train(m, new HashMap<>(params), rounds, new HashMap<>(), null, null);
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new BaowenException("training " + what + " on " + rows.size() + " rows failed: " + e.getMessage(), e);
        }
    }

    /** The model file {@code name} in {@code dir}, or {@code null} for no name. */
    public static Booster load(Path dir, String name) throws IOException, XGBoostError {
        if (name == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return XGBoost.loadModel(in);
        }
    }

    /**
     * The bundled model file {@code name} on the class path (under {@code dir}), or {@code null} for no name.
     *
     * @param what what the model is, for the error when the file is missing
     */
    public static Booster resource(String dir, String name, String what) throws IOException, XGBoostError {
        if (name == null) {
            return null;
        }
        try (InputStream in = Boosters.class.getResourceAsStream(dir + name)) {
            if (in == null) {
                throw new BaowenException(what + " " + dir + name + " is not on the class path");
            }
            return XGBoost.loadModel(in);
        }
    }

    /** The rows as one XGBoost matrix, NaN standing for unknown. */
    private static DMatrix matrix(List<float[]> rows, int cols) throws XGBoostError {
        float[] data = new float[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * cols, cols);
        }
        return new DMatrix(data, rows.size(), cols, Float.NaN);
    }
}
