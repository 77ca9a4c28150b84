package com.baowen.eval;

import com.baowen.answer.AnswerRanker;
import com.baowen.answer.Tuning;
import com.fasterxml.jackson.databind.ObjectMapper;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether averaging several retrains helps (a measurement, not a test): on {@code train}'s held-out part,
 * the answers of each model folder alone and of all of them with their probabilities and order scores
 * averaged (bagging), every one with the first folder's first stage, bar and ratios.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.eval.BaggingMeasure \
 *     WORK/cmrc2018_trial.json-rows-….bin,WORK/DRCD_test.json-rows-….bin OUT11,OUT12,OUT13</pre>
 * (the row caches {@code train --work WORK} wrote, and the {@code --out} folders of retrains with other seeds)
 */
public class BaggingMeasure {
    public static void main(String[] args) throws Exception {
        String[] dirs = args[1].split(",");
        Tuning tuning = new ObjectMapper().readValue(Path.of(dirs[0], AnswerRanker.TUNING_FILE).toFile(), Tuning.class);
        List<TrainingRows.Ask> held = new ArrayList<>();
        for (String file : args[0].split(",")) {
            for (TrainingRows.Ask a : RowCache.read(Path.of(file)).orElseThrow()) {
                if (a.heldOut()) {
                    held.add(RankerFit.cut(a, (int) tuning.prefilter().value()));
                }
            }
        }
        List<Booster> probability = new ArrayList<>();
        List<Booster> order = new ArrayList<>();
        for (String d : dirs) {
            Tuning t = new ObjectMapper().readValue(Path.of(d, AnswerRanker.TUNING_FILE).toFile(), Tuning.class);
            probability.add(XGBoost.loadModel(Path.of(d, t.model()).toString()));
            order.add(XGBoost.loadModel(Path.of(d, t.orderModel()).toString()));
        }
        for (int k = 0; k <= dirs.length; k++) {
            int from = k < dirs.length ? k : 0;
            int to = k < dirs.length ? k + 1 : dirs.length;
            Map<TrainingRows.Ask, double[]> scores = new IdentityHashMap<>();
            for (TrainingRows.Ask a : held) {
                double[] p = new double[a.rows().size()];
                double[] o = new double[a.rows().size()];
                for (int m = from; m < to; m++) {
                    add(p, RankerFit.predict(probability.get(m), a), to - from);
                    add(o, RankerFit.predict(order.get(m), a), to - from);
                }
                scores.put(a, AnswerRanker.spread(p, o, RankerFit.articles(a)));
            }
            System.out.println((k < dirs.length ? dirs[k] : "all averaged") + ":");
            for (String set : held.stream().map(TrainingRows.Ask::set).distinct().toList()) {
                report("  " + set, held.stream().filter(a -> a.set().equals(set)).toList(), scores, tuning);
            }
            report("  both", held, scores, tuning);
        }
    }

    private static void report(String label, List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> scores, Tuning t) {
        Map<String, Object> f = RankerFit.figures(asks, scores, t.notFound().value(), t.joinRatio().value(), t.adjacentRatio().value());
        System.out.printf("%s: holds gold %s, false not found %s, near-topic refused %s%n", label, f.get("holdsGold"),
                f.get("falseNotFound"), f.get("nearTopicRefused"));
    }

    private static void add(double[] sum, double[] values, int of) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i] / of;
        }
    }
}
