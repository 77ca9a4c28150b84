package com.baowen.answer;

import com.baowen.Engine;
import com.baowen.config.Config;
import com.baowen.eval.EvalQuestion;
import com.baowen.eval.EvalSets;
import ml.dmlc.xgboost4j.java.Booster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What XGBoost's thread team costs the answer stage (a measurement, not a test). The bundled ranker, order model
 * and span model are loaded twice, once predicting with the training parameters' two threads and once on the
 * calling thread ({@link Boosters#singleThreaded}); in alternating rounds in one JVM it prints the mean time per
 * question of (1) the whole extractive answer with each, and (2) the predictions alone on each question's rows.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.answer.PredictThreadsMeasure \
 *     INDEX src/test/resources/eval/seeds-dev.jsonl</pre>
 * (INDEX: an index of the seed pages, e.g. the one {@code eval --index INDEX} keeps)
 */
public class PredictThreadsMeasure {
    private static final int ROUNDS = 5;
    private static final int REPEATS = 20;

    public static void main(String[] args) throws Exception {
        List<List<float[]>> ranker = new ArrayList<>();
        List<List<float[]>> spans = new ArrayList<>();
        List<String> questions = EvalSets.read(Path.of(args[1])).questions().stream().map(EvalQuestion::question).toList();
        try (Engine engine = Engine.open(Config.defaults().withIndex(Path.of(args[0])))) {
            answers(engine, questions);
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever(), null);
            int prefilter = (int) AnswerRanker.bundled().tuning().prefilter().value();
            for (String question : questions) {
                Question q = answerer.parse(question, List.of(), Answerers.DEFAULT_TOP_K);
                List<SentenceFeatures.Row> rows = SentenceFeatures.rows(q, answerer.embed(q),
                        answerer.candidates(q, Answerers.DEFAULT_TOP_K), prefilter);
                ranker.add(rows.stream().map(SentenceFeatures.Row::values).toList());
                spans.add(rows.stream().flatMap(r -> r.options().stream()).map(SpanFeatures.Option::values).toList());
            }
        }
        String span = SpanPicker.bundled().record().model();
        time("ranker", AnswerRanker.bundled().tuning().model(), ranker, SentenceFeatures.NAMES.size());
        time("span model", span, spans, SpanFeatures.NAMES.size());
    }

    /** The whole answer, with every model on two threads and with every model on the calling thread. */
    private static void answers(Engine engine, List<String> questions) throws Exception {
        Tuning tuning = AnswerRanker.bundled().tuning();
        SpanPicker.Record record = SpanPicker.bundled().record();
        ExtractiveAnswerer[] answerers = new ExtractiveAnswerer[2];
        for (int k = 0; k < 2; k++) {
            Booster probability = load(tuning.model());
            Booster order = load(tuning.orderModel());
            Booster answerability = load(tuning.answerabilityModel());
            Booster span = load(record.model());
            answerers[k] = new ExtractiveAnswerer(engine.retriever(), new AnswerRanker(probability, order, answerability, tuning),
                    new SpanPicker(span, record));
            if (k == 0) { // the constructors set one thread; put the training parameters' two back
                for (Booster b : List.of(probability, order, answerability, span)) {
                    b.setParam("nthread", "2");
                }
            }
        }
        for (int round = -1; round < ROUNDS; round++) { // the first round warms up
            long[] nanos = new long[2];
            for (int r = 0; r < 5; r++) {
                for (String q : questions) {
                    for (int k = 0; k < 2; k++) {
                        long t0 = System.nanoTime();
                        answerers[k].answer(q, List.of(), Answerers.DEFAULT_TOP_K);
                        nanos[k] += System.nanoTime() - t0;
                    }
                }
            }
            if (round >= 0) {
                double n = 5 * questions.size() * 1e6;
                System.out.printf(Locale.ROOT, "answer, round %d: %.2f ms per question with two threads, %.2f ms on the calling thread%n",
                        round + 1, nanos[0] / n, nanos[1] / n);
            }
        }
    }

    private static void time(String what, String file, List<List<float[]>> questions, int cols) throws Exception {
        Booster threads = load(file);
        threads.setParam("nthread", "2");
        Booster single = Boosters.singleThreaded(load(file));
        for (int round = -1; round < ROUNDS; round++) { // the first round warms up
            long[] nanos = new long[2];
            for (int r = 0; r < REPEATS; r++) {
                for (List<float[]> rows : questions) {
                    long t0 = System.nanoTime();
                    Boosters.predict(threads, rows, cols, what);
                    long t1 = System.nanoTime();
                    Boosters.predict(single, rows, cols, what);
                    nanos[0] += t1 - t0;
                    nanos[1] += System.nanoTime() - t1;
                }
            }
            if (round >= 0) {
                double n = REPEATS * questions.size() * 1e6;
                System.out.printf(Locale.ROOT, "%s, round %d: %.3f ms per question with two threads, %.3f ms on the calling thread%n",
                        what, round + 1, nanos[0] / n, nanos[1] / n);
            }
        }
    }

    private static Booster load(String file) throws Exception {
        return Boosters.resource(AnswerRanker.RESOURCE_DIR, file, "a bundled model");
    }
}
