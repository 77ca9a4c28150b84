package com.baowen.answer;

import com.baowen.BaowenException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned answer-sentence ranker, with the {@link Tuning} it was trained with: gradient-boosted trees
 * (XGBoost). One (binary logistic) gives the probability that a sentence holds the answer: each article's best
 * tells which article answers. Another (LambdaMART, {@code rank:ndcg}, fitted per question) orders the sentences
 * within an article; out of fold it puts a gold sentence first more often than the probabilities do (docs/development-log.md, "Two
 * models"). A third (binary logistic, one row per question: {@link AnswerabilityFeatures}) tells whether the
 * question is answered at all; without it (older records) the best probability against {@link Tuning#notFound}
 * does. Thread-safe (predictions are serialised on each booster; each takes well under a millisecond).
 */
public final class AnswerRanker {
    /** Where the bundled model lives on the class path (committed under src/main/resources). */
    static final String RESOURCE_DIR = "/ranker/";
    public static final String TUNING_FILE = "answer-ranker.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile AnswerRanker bundled;

    private static final int ARTICLE = SentenceFeatures.NAMES.indexOf("articleRank");

    private final Booster booster;
    private final Booster order;
    private final Booster answerability;
    private final Tuning tuning;

    /**
     * One question's ranking; immutable by convention.
     *
     * @param scores     each row's score ({@link #rank})
     * @param answerable whether the question is answered at all
     */
    public record Ranking(double[] scores, boolean answerable) {
    }

    /**
     * @param order         the ordering model, or {@code null} to order by the probabilities
     * @param answerability the answerability model, or {@code null}: the best probability decides
     */
    public AnswerRanker(Booster booster, Booster order, Booster answerability, Tuning tuning) {
        if (!tuning.features().equals(SentenceFeatures.NAMES)) {
            throw new BaowenException("ranker model was trained on features " + tuning.features()
                    + " but this build computes " + SentenceFeatures.NAMES + ": run `train` again");
        }
        if ((order == null) != (tuning.orderModel() == null)) {
            throw new BaowenException("ranker record names order model " + tuning.orderModel() + " but "
                    + (order == null ? "none was loaded" : "one was loaded"));
        }
        if ((answerability == null) != (tuning.answerabilityModel() == null)) {
            throw new BaowenException("ranker record names answerability model " + tuning.answerabilityModel() + " but "
                    + (answerability == null ? "none was loaded" : "one was loaded"));
        }
        this.booster = Boosters.singleThreaded(booster);
        this.order = order == null ? null : Boosters.singleThreaded(order);
        this.answerability = answerability == null ? null : Boosters.singleThreaded(answerability);
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
            return new AnswerRanker(Boosters.load(dir, tuning.model()), Boosters.load(dir, tuning.orderModel()),
                    Boosters.load(dir, tuning.answerabilityModel()), tuning);
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
            return new AnswerRanker(resourceModel(tuning.model()), resourceModel(tuning.orderModel()),
                    resourceModel(tuning.answerabilityModel()), tuning);
        } catch (IOException | XGBoostError e) {
            throw new BaowenException("cannot load the bundled answer ranker: " + e.getMessage(), e);
        }
    }

    private static Booster resourceModel(String name) throws IOException, XGBoostError {
        return Boosters.resource(RESOURCE_DIR, name, "the answer ranker model");
    }

    public Tuning tuning() {
        return tuning;
    }

    /**
     * Ranks one question's candidates (rows: features in {@link SentenceFeatures#NAMES} order; NaN = unknown).
     * Each row's score: without an order model, its probability; with one, each article's best probability
     * spread over its sentences by the order model, {@code best × exp(o − article's max o)}. So the probabilities
     * say from which article the answer comes, the order model which of its sentences answers, and a score's
     * share of the top one whether another sentence joins ({@link Tuning#joinRatio}, chosen on these scores).
     * Whether the question is answered at all: the answerability model's output against
     * {@link Tuning#answerable}, or without one the best probability against {@link Tuning#notFound}.
     */
    public Ranking rank(List<float[]> rows) {
        int cols = SentenceFeatures.NAMES.size();
        int[] article = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            article[i] = (int) rows.get(i)[ARTICLE];
        }
        double[] p = Boosters.predict(booster, rows, cols, "the answer ranker");
        double[] scores = order == null ? p : spread(p, Boosters.predict(order, rows, cols, "the answer ranker's order model"), article);
        boolean answerable;
        if (rows.isEmpty()) {
            answerable = false;
        } else if (answerability == null) {
            answerable = Arrays.stream(p).max().orElse(0) >= tuning.notFound().value();
        } else {
            double q = Boosters.predict(answerability, List.of(AnswerabilityFeatures.of(rows, p)),
                    AnswerabilityFeatures.NAMES.size(), "the answerability model")[0];
            answerable = q >= tuning.answerable().value();
        }
        return new Ranking(scores, answerable);
    }

    /**
     * Per article (rows of equal {@code article}), its best probability spread over its rows by
     * {@code order}: {@code best × exp(o − max o)}, both taken within the article.
     */
    public static double[] spread(double[] probabilities, double[] order, int[] article) {
        Map<Integer, Double> best = new HashMap<>();
        Map<Integer, Double> top = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            best.merge(article[i], probabilities[i], Math::max);
            top.merge(article[i], order[i], Math::max);
        }
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = best.get(article[i]) * Math.exp(order[i] - top.get(article[i]));
        }
        return out;
    }
}
