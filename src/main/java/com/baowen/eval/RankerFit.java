package com.baowen.eval;

import com.baowen.BaowenException;
import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.Tuning;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the answer ranker and chooses every constant that goes with it, on the training part only.
 * <ol>
 *   <li>prefilter: the fewest first-stage candidates that keep the gold sentence as often as all do
 *       (within half a point);</li>
 *   <li>5-fold out-of-fold probabilities (folds by paragraph) on the training part;</li>
 *   <li>the "not found" bar: the highest probability of the best sentence that still leaves at most
 *       {@link #FALSE_NOT_FOUND_TARGET} of answerable questions unanswered, out of fold;</li>
 *   <li>the join ratio: the one whose answers hold the gold answer most often, out of fold, with at
 *       most {@link #MEAN_SENTENCES} sentences per answer on average;</li>
 *   <li>the final model on the whole training part, measured once on the held-out part.</li>
 * </ol>
 */
public final class RankerFit {
    /** The share of answerable questions "not found" may miss on training data: the 2 % asked, less a 0.5-point margin for sampling. */
    static final double FALSE_NOT_FOUND_TARGET = 0.015;
    /** Answers stay short: at most this many sentences on average. */
    static final double MEAN_SENTENCES = 2.0;
    /** Most sentences in one answer (a product choice: an answer, not a page). */
    static final int MAX_SENTENCES = 3;
    static final int[] PREFILTERS = {8, 12, 16, 24, 32, 48};
    static final int FOLDS = 5;
    private static final int RANK = SentenceFeatures.NAMES.indexOf("prefilterRank");

    /**
     * The result; immutable by convention.
     *
     * @param booster the final model
     * @param tuning  its constants and measurements
     */
    public record Fitted(Booster booster, Tuning tuning) {
    }

    private RankerFit() {
    }

    public static Fitted fit(List<TrainingRows.Ask> asks, Map<String, Object> params, int rounds, String modelFile,
                             Map<String, Object> training, PrintStream log) {
        List<TrainingRows.Ask> train = asks.stream().filter(a -> !a.heldOut()).toList();
        List<TrainingRows.Ask> heldOut = asks.stream().filter(TrainingRows.Ask::heldOut).toList();
        int prefilter = prefilter(train, log);
        train = train.stream().map(a -> cut(a, prefilter)).toList();
        heldOut = heldOut.stream().map(a -> cut(a, prefilter)).toList();

        // out-of-fold probabilities, folds by paragraph
        Map<TrainingRows.Ask, double[]> oof = new IdentityHashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            Booster b = train(train.stream().filter(a -> HeldOut.fold(a.paragraph(), FOLDS) != fold).toList(), params, rounds);
            for (TrainingRows.Ask a : train.stream().filter(a -> HeldOut.fold(a.paragraph(), FOLDS) == fold).toList()) {
                oof.put(a, predict(b, a));
            }
            log.printf("fold %d/%d done%n", f + 1, FOLDS);
        }
        double notFound = notFoundBar(train, oof);
        double joinRatio = joinRatio(train, oof, notFound, log);
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("outOfFold", figures(train, oof, notFound, joinRatio));

        Booster fin = train(train, params, rounds);
        Map<TrainingRows.Ask, double[]> held = new IdentityHashMap<>();
        heldOut.forEach(a -> held.put(a, predict(fin, a)));
        measured.put("heldOut", figures(heldOut, held, notFound, joinRatio));
        log.printf("out of fold: %s%nheld out:    %s%n", measured.get("outOfFold"), measured.get("heldOut"));

        String data = training.getOrDefault("sets", "?") + "";
        Tuning tuning = new Tuning(modelFile, SentenceFeatures.NAMES,
                new Tuning.Constant(prefilter, String.format(Locale.ROOT,
                        "fewest of %s first-stage candidates keeping the gold sentence within 0.5 points of all 48, training part of %s",
                        Arrays.toString(PREFILTERS), data)),
                new Tuning.Constant(notFound, String.format(Locale.ROOT,
                        "highest bar leaving <= %.1f%% of answerable training questions not found, 5-fold out of fold on %s",
                        100 * FALSE_NOT_FOUND_TARGET, data)),
                new Tuning.Constant(joinRatio, String.format(Locale.ROOT,
                        "ratio (0.1..0.9) whose answers hold gold most often with <= %.1f sentences on average, 5-fold out of fold on %s",
                        MEAN_SENTENCES, data)),
                new Tuning.Constant(MAX_SENTENCES, "product choice: an answer is at most three sentences"),
                training, measured);
        return new Fitted(fin, tuning);
    }

    /** The fewest candidates that keep the gold sentence nearly as often as the most do. */
    private static int prefilter(List<TrainingRows.Ask> train, PrintStream log) {
        List<TrainingRows.Ask> answerable = train.stream().filter(TrainingRows.Ask::hasPositive).toList();
        int max = PREFILTERS[PREFILTERS.length - 1];
        double all = keeps(answerable, max);
        for (int m : PREFILTERS) {
            double k = keeps(answerable, m);
            log.printf(Locale.ROOT, "prefilter %d keeps the gold sentence for %.2f%% of answerable questions%n", m, 100 * k);
            if (k >= all - 0.005) {
                return m;
            }
        }
        return max;
    }

    private static double keeps(List<TrainingRows.Ask> asks, int m) {
        long n = asks.stream().filter(a -> {
            for (int i = 0; i < a.rows().size(); i++) {
                if (a.labels()[i] == 1 && a.rows().get(i)[RANK] < m) {
                    return true;
                }
            }
            return false;
        }).count();
        return asks.isEmpty() ? 0 : (double) n / asks.size();
    }

    private static TrainingRows.Ask cut(TrainingRows.Ask a, int m) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < a.rows().size(); i++) {
            if (a.rows().get(i)[RANK] < m) {
                rows.add(a.rows().get(i));
                labels.add(a.labels()[i]);
            }
        }
        return new TrainingRows.Ask(a.set(), a.paragraph(), a.heldOut(), a.answerable(), rows,
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double best(double[] p) {
        return Arrays.stream(p).max().orElse(0);
    }

    /** The highest bar (on a grid of 0.001) under which at most the target share of answerable asks falls. */
    private static double notFoundBar(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> p) {
        double[] bests = train.stream().filter(TrainingRows.Ask::answerable).mapToDouble(a -> best(p.get(a))).sorted().toArray();
        int allowed = (int) Math.floor(FALSE_NOT_FOUND_TARGET * bests.length);
        // a bar at bests[allowed] leaves exactly the `allowed` lowest below it; round down to stay at or under
        return Math.floor(bests[allowed] * 1000) / 1000.0;
    }

    private static double joinRatio(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> p, double bar, PrintStream log) {
        double bestRatio = 0.9;
        double bestHolds = -1;
        for (int r = 1; r <= 9; r++) {
            double ratio = r / 10.0;
            Map<String, Object> f = figures(train, p, bar, ratio);
            double holds = (double) f.get("holdsGold");
            double mean = (double) f.get("meanSentences");
            log.printf(Locale.ROOT, "join ratio %.1f: holds gold %.4f, %.2f sentences%n", ratio, holds, mean);
            if (mean <= MEAN_SENTENCES && holds > bestHolds) {
                bestHolds = holds;
                bestRatio = ratio;
            }
        }
        return bestRatio;
    }

    /** Answer-level figures of a set of asks as the composer would answer them. */
    static Map<String, Object> figures(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p, double bar, double ratio) {
        int answerable = 0, holds = 0, top1 = 0, notFound = 0, sentences = 0, answered = 0, negatives = 0, refused = 0;
        for (TrainingRows.Ask a : asks) {
            double[] probs = p.get(a);
            Integer[] order = new Integer[probs.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(probs[y], probs[x]));
            double best = probs.length == 0 ? 0 : probs[order[0]];
            if (!a.answerable()) {
                negatives++;
                refused += best < bar ? 1 : 0;
                continue;
            }
            answerable++;
            if (best < bar) {
                notFound++;
                continue;
            }
            answered++;
            top1 += a.labels()[order[0]];
            int picked = 0;
            boolean hold = false;
            for (int i = 0; i < order.length && picked < MAX_SENTENCES; i++) {
                if (i > 0 && probs[order[i]] < Math.max(bar, ratio * best)) {
                    break;
                }
                picked++;
                hold |= a.labels()[order[i]] == 1;
            }
            sentences += picked;
            holds += hold ? 1 : 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answerable", answerable);
        out.put("holdsGold", rate(holds, answerable));
        out.put("top1HoldsGold", rate(top1, answerable));
        out.put("falseNotFound", rate(notFound, answerable));
        out.put("meanSentences", rate(sentences, answered));
        out.put("negatives", negatives);
        out.put("negativesRefused", rate(refused, negatives));
        return out;
    }

    private static double rate(int n, int of) {
        return of == 0 ? 0 : Math.round(10000.0 * n / of) / 10000.0;
    }

    private static Booster train(List<TrainingRows.Ask> asks, Map<String, Object> params, int rounds) {
        int cols = SentenceFeatures.NAMES.size();
        int n = asks.stream().mapToInt(a -> a.rows().size()).sum();
        float[] data = new float[n * cols];
        float[] labels = new float[n];
        int r = 0;
        for (TrainingRows.Ask a : asks) {
            for (int i = 0; i < a.rows().size(); i++, r++) {
                System.arraycopy(a.rows().get(i), 0, data, r * cols, cols);
                labels[r] = a.labels()[i];
            }
        }
        try {
            DMatrix m = new DMatrix(data, n, cols, Float.NaN);
            m.setLabel(labels);
            try {
                return XGBoost.train(m, params, rounds, new HashMap<>(), null, null);
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new BaowenException("training the ranker on " + n + " rows failed: " + e.getMessage(), e);
        }
    }

    private static double[] predict(Booster b, TrainingRows.Ask a) {
        if (a.rows().isEmpty()) {
            return new double[0];
        }
        int cols = SentenceFeatures.NAMES.size();
        float[] data = new float[a.rows().size() * cols];
        for (int i = 0; i < a.rows().size(); i++) {
            System.arraycopy(a.rows().get(i), 0, data, i * cols, cols);
        }
        try {
            DMatrix m = new DMatrix(data, a.rows().size(), cols, Float.NaN);
            try {
                float[][] p = b.predict(m);
                double[] out = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    out[i] = p[i][0];
                }
                return out;
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new BaowenException("ranker prediction failed: " + e.getMessage(), e);
        }
    }
}
