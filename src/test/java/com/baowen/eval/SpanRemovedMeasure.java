package com.baowen.eval;

import com.baowen.answer.SentenceFeatures;

import java.nio.file.Path;

/**
 * What the features see of a span-removed sentence (a measurement, not a test; docs/development-log.md, "The span-removed
 * ask"): for each gold sentence of an answerable ask, whether it holds an entity of the kind asked
 * ({@code expected} ≥ 1), and whether the same sentence still does in the question's span-removed ask.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.eval.SpanRemovedMeasure \
 *     WORK/cmrc2018_trial.json-rows-….bin WORK/DRCD_test.json-rows-….bin</pre>
 * (the row caches {@code train --work WORK} wrote)
 */
public class SpanRemovedMeasure {
    public static void main(String[] args) {
        int expected = SentenceFeatures.NAMES.indexOf("expected");
        int article = SentenceFeatures.NAMES.indexOf("articleRank");
        int index = SentenceFeatures.NAMES.indexOf("index");
        for (String file : args) {
            int gold = 0, goldWithout = 0, cut = 0, cutWith = 0;
            TrainingRows.Ask answerable = null; // a span-removed ask follows its question's answerable one
            for (TrainingRows.Ask a : RowCache.read(Path.of(file)).orElseThrow()) {
                if (a.answerable()) {
                    answerable = a;
                }
                if (a.kind() != TrainingRows.Kind.SPAN_REMOVED || answerable == null) {
                    continue;
                }
                for (int i = 0; i < answerable.rows().size(); i++) {
                    if (answerable.labels()[i] != 1) {
                        continue;
                    }
                    float[] g = answerable.rows().get(i);
                    gold++;
                    goldWithout += g[expected] == 0 ? 1 : 0;
                    for (float[] r : a.rows()) {
                        if (r[article] == g[article] && r[index] == g[index]) {
                            cut++;
                            cutWith += r[expected] >= 1 ? 1 : 0;
                        }
                    }
                }
            }
            System.out.printf("%s: %d gold sentences, %d (%.1f %%) without an entity of the kind asked; with the answer cut out, "
                    + "%d of %d (%.1f %%) still hold one%n", file, gold, goldWithout, 100.0 * goldWithout / gold, cutWith, cut,
                    100.0 * cutWith / cut);
        }
    }
}
