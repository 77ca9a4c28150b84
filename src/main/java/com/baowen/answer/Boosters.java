package com.baowen.answer;

import com.baowen.BaowenException;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.List;

/** What the answer stage's XGBoost models (and their fitting) share: predictions over rows, and how they predict. */
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
        float[] data = new float[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * cols, cols);
        }
        try {
            DMatrix m = new DMatrix(data, rows.size(), cols, Float.NaN);
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
}
