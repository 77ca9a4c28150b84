package com.baowen.eval;

import com.baowen.answer.AnswerabilityFeatures;
import com.baowen.answer.Boosters;
import ml.dmlc.xgboost4j.java.Booster;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the answerability model: one row per ask ({@link AnswerabilityFeatures}), labelled answerable or not
 * (other-paragraph, near-topic, span-removed and period-shifted asks, {@link TrainingRows.Kind}), over the ranker's
 * out-of-fold probabilities, so that it learns from probabilities like those the final ranker gives unseen questions.
 * Out of fold by the same paragraph folds; its bar leaves the target share of answerable asks refused, as the
 * probability bar did. Stateless.
 */
final class AnswerabilityFit {
    private AnswerabilityFit() {
    }

    /**
     * The result; immutable by convention.
     *
     * @param booster   the model fitted on every training ask
     * @param bar       below this answerability, "not found"
     * @param outOfFold each training ask's answerability, out of fold
     * @param heldOut   each held-out ask's answerability (the final model over the final ranker's probabilities)
     */
    record Fitted(Booster booster, double bar, Map<TrainingRows.Ask, Double> outOfFold,
                  Map<TrainingRows.Ask, Double> heldOut) {
    }

    /**
     * @param oofProbabilities  the ranker's out-of-fold probabilities of every training ask's rows
     * @param heldProbabilities the final ranker's probabilities of every held-out ask's rows
     * @param params            XGBoost parameters (binary logistic)
     * @param target            the most answerable training asks the bar may refuse, a share
     */
    static Fitted fit(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> oofProbabilities,
                      List<TrainingRows.Ask> heldOut, Map<TrainingRows.Ask, double[]> heldProbabilities,
                      Map<String, Object> params, int rounds, double target, PrintStream log) {
        Map<TrainingRows.Ask, Double> oof = new IdentityHashMap<>();
        for (int f = 0; f < RankerFit.FOLDS; f++) {
            int fold = f;
            Booster b = train(train.stream().filter(a -> HeldOut.fold(a.paragraph(), RankerFit.FOLDS) != fold).toList(),
                    oofProbabilities, params, rounds);
            List<TrainingRows.Ask> in = train.stream().filter(a -> HeldOut.fold(a.paragraph(), RankerFit.FOLDS) == fold).toList();
            double[] q = predict(b, in, oofProbabilities);
            for (int i = 0; i < in.size(); i++) {
                oof.put(in.get(i), q[i]);
            }
            log.printf("answerability: fold %d/%d done%n", f + 1, RankerFit.FOLDS);
        }
        double bar = bar(train, oof, target);
        Booster fin = train(train, oofProbabilities, params, rounds);
        double[] h = predict(fin, heldOut, heldProbabilities);
        Map<TrainingRows.Ask, Double> held = new IdentityHashMap<>();
        for (int i = 0; i < heldOut.size(); i++) {
            held.put(heldOut.get(i), h[i]);
        }
        log.printf(Locale.ROOT, "answerability bar %.3f%n", bar);
        return new Fitted(fin, bar, oof, held);
    }

    private static double bar(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, Double> q, double target) {
        return RankerFit.bar(train.stream().filter(TrainingRows.Ask::answerable).mapToDouble(q::get).toArray(), target);
    }

    private static List<float[]> rows(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p) {
        List<float[]> out = new ArrayList<>(asks.size());
        asks.forEach(a -> out.add(AnswerabilityFeatures.of(a.rows(), p.get(a))));
        return out;
    }

    private static double[] predict(Booster b, List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p) {
        return Boosters.predict(b, rows(asks, p), AnswerabilityFeatures.NAMES.size(), "answerability prediction");
    }

    private static Booster train(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p, Map<String, Object> params,
                                 int rounds) {
        float[] labels = new float[asks.size()];
        for (int i = 0; i < asks.size(); i++) {
            labels[i] = asks.get(i).answerable() ? 1 : 0;
        }
        return Boosters.train(rows(asks, p), AnswerabilityFeatures.NAMES.size(), labels, null, null, params, rounds,
                "the answerability model");
    }
}
