package com.baowen.eval;

import com.baowen.BaowenException;
import com.baowen.answer.AnswerRanker;
import com.baowen.answer.Boosters;
import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.SentencePicker;
import com.baowen.answer.Tuning;
import ml.dmlc.xgboost4j.java.Booster;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Fits the answer ranker and chooses every constant that goes with it, on the training part only.
 * <ol>
 *   <li>prefilter: the fewest first-stage candidates that keep the gold sentence as often as all do
 *       (within half a point);</li>
 *   <li>for each variant of the learner: 5-fold out-of-fold probabilities (folds by paragraph) on the
 *       training part, and the same for its order model, joined as {@link AnswerRanker#spread} does;</li>
 *   <li>the "not found" bar: the highest probability of the best sentence that still leaves at most
 *       {@link #FALSE_NOT_FOUND_TARGET} of answerable questions unanswered, out of fold;</li>
 *   <li>the join and adjacent ratios ({@link SentencePicker}): the pair whose answers hold the gold
 *       answer most often, out of fold, with at most {@link #MEAN_SENTENCES} sentences per answer on
 *       average;</li>
 *   <li>the variant whose answers so made hold gold most often, averaged over the sets;</li>
 *   <li>the final models on the whole training part;</li>
 *   <li>the answerability model ({@link AnswerabilityFit}), one row per question over the chosen variant's
 *       out-of-fold probabilities, and its bar, chosen like the "not found" bar (which from then on is only
 *       the least score of a sentence that joins an answer);</li>
 *   <li>how the answers to questions asking for a reason, a way, a list or a definition take their sentences
 *       ({@link #passage}): their own ratios and least score of a neighbour, the others' answers as chosen above;</li>
 *   <li>the misses out of fold, by kind ({@link #figures}), per set and in all, with the answerability model
 *       deciding "not found" (and, for comparison, the best probability); the same once on the held-out part.</li>
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
    /** Join ratios tried, highest first. */
    static final double[] JOINS = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001};
    /** Least scores of a neighbour tried for an answer that reads as a passage (those over the "not found" bar skipped). */
    static final double[] PASSAGE_FLOORS = {0.02, 0.01, 0.005, 0.002, 0.001};
    /** The asks without the answer, by kind, and the name their counts go under in the figures (in this order). */
    private static final Map<TrainingRows.Kind, String> UNANSWERABLE = new EnumMap<>(Map.of(
            TrainingRows.Kind.OTHER_PARAGRAPH, "negatives",
            TrainingRows.Kind.NEAR_TOPIC, "nearTopic",
            TrainingRows.Kind.SPAN_REMOVED, "spanRemoved",
            TrainingRows.Kind.PERIOD_SHIFTED, "periodShifted"));
    private static final int RANK = SentenceFeatures.NAMES.indexOf("prefilterRank");
    private static final int ARTICLE = SentenceFeatures.NAMES.indexOf("articleRank");
    private static final int INDEX = SentenceFeatures.NAMES.indexOf("index");

    /**
     * The result; immutable by convention.
     *
     * @param booster       the final model (probabilities)
     * @param order         the final order model
     * @param answerability the final answerability model, or {@code null} when none was asked for
     * @param tuning        their constants and measurements
     */
    public record Fitted(Booster booster, Booster order, Booster answerability, Tuning tuning) {
    }

    private RankerFit() {
    }

    /**
     * One way to fit the learner, compared with the others out of fold; immutable.
     *
     * @param name        for the log and the tuning record
     * @param params      XGBoost parameters
     * @param rounds      boosting rounds
     * @param balanceSets weigh rows so that every set counts as much in all (a small set's kinds of
     *                    question are not drowned by a big one's), else every row weighs 1
     */
    public record Variant(String name, Map<String, Object> params, int rounds, boolean balanceSets) {
    }

    /** As {@link #fit(List, List, String, String, String, Map, PrintStream)} with one variant, rows unweighted. */
    public static Fitted fit(List<TrainingRows.Ask> asks, Map<String, Object> params, int rounds, String modelFile,
                             String orderFile, String answerabilityFile, Map<String, Object> training, PrintStream log) {
        return fit(asks, List.of(new Variant("plain", params, rounds, false)), modelFile, orderFile, answerabilityFile,
                training, log);
    }

    /**
     * @param variants          ways to fit; the one whose out-of-fold answers hold gold most often, averaged
     *                          over the sets (each set is a kind of text the product must answer), is kept
     * @param answerabilityFile the answerability model's file name, or {@code null} for none: the best probability
     *                          against the "not found" bar decides whether a question is answered
     */
    public static Fitted fit(List<TrainingRows.Ask> asks, List<Variant> variants, String modelFile, String orderFile,
                             String answerabilityFile, Map<String, Object> trainingSoFar, PrintStream log) {
        if (variants.isEmpty()) {
            throw new BaowenException("variants must name at least one way to fit, got none");
        }
        Map<String, Object> training = new LinkedHashMap<>(trainingSoFar);
        List<TrainingRows.Ask> train = asks.stream().filter(a -> !a.heldOut()).toList();
        List<TrainingRows.Ask> heldOut = asks.stream().filter(TrainingRows.Ask::heldOut).toList();
        int prefilter = prefilter(train, log);
        train = train.stream().map(a -> cut(a, prefilter)).toList();
        heldOut = heldOut.stream().map(a -> cut(a, prefilter)).toList();

        // each variant is judged on the answers the product gives: its probabilities with its own order model
        Variant variant = null;
        Map<TrainingRows.Ask, double[]> oof = null;
        Map<TrainingRows.Ask, double[]> scores = null;
        double notFound = 0;
        double[] ratios = null;
        double bestScore = -1;
        Map<String, Object> compared = new LinkedHashMap<>();
        for (Variant v : variants) {
            Map<TrainingRows.Ask, double[]> p = outOfFold(train, v, log);
            double bar = notFoundBar(train, p);
            // the order model: the variant's learner, fitted per question to put a gold sentence first; it
            // orders the sentences within each article, the probabilities choose the article
            Map<TrainingRows.Ask, double[]> spread = spread(p, outOfFold(train, order(v), log));
            double[] r = ratios(train, spread, bar, log); // the bar stays: spreading keeps each ask's best
            double score = macroHolds(train, spread, bar, r);
            log.printf(Locale.ROOT, "variant %s: out-of-fold holds gold %.4f averaged over sets; by set %s%n", v.name(), score,
                    bySet(train, spread, bar, r[0], r[1]));
            compared.put(v.name(), score);
            if (score > bestScore) {
                bestScore = score;
                variant = v;
                oof = p;
                scores = spread;
                notFound = bar;
                ratios = r;
            }
        }
        Variant orderVariant = order(variant);
        training.put("params", variant.params());
        training.put("rounds", variant.rounds());
        training.put("balanceSets", variant.balanceSets());
        training.put("variantsOutOfFoldHoldsGoldAveragedOverSets", compared);
        training.put("variantChosen", variant.name());
        training.put("orderParams", orderVariant.params());
        Map<String, Object> measured = new LinkedHashMap<>();
        // for comparison: the answers when the probabilities alone order the sentences (their own ratios)
        double[] alone = ratios(train, oof, notFound, new PrintStream(OutputStream.nullOutputStream()));
        measured.put("outOfFoldProbabilitiesAlone", figures(train, oof, notFound, alone[0], alone[1]));
        double joinRatio = ratios[0];
        double adjacentRatio = ratios[1];
        // without the answerability model, for comparison: the best probability decides whether
        measured.put("outOfFoldProbabilityDecides", figures(train, scores, notFound, joinRatio, adjacentRatio));

        Booster fin = train(train, variant);
        Booster finOrder = train(train, orderVariant);
        Map<TrainingRows.Ask, double[]> heldProbabilities = new IdentityHashMap<>();
        Map<TrainingRows.Ask, double[]> held = new IdentityHashMap<>();
        for (TrainingRows.Ask a : heldOut) {
            double[] p = predict(fin, a);
            heldProbabilities.put(a, p);
            held.put(a, AnswerRanker.spread(p, predict(finOrder, a), articles(a)));
        }
        measured.put("heldOutProbabilityDecides", figures(heldOut, held, notFound, joinRatio, adjacentRatio));
        // whether a question is answered: the best probability against its bar, or (when asked for) a model over all
        // its candidates, fitted on the out-of-fold probabilities
        AnswerabilityFit.Fitted answerability = answerabilityFile == null ? null : AnswerabilityFit.fit(train, oof,
                heldOut, heldProbabilities, variant.params(), variant.rounds(), FALSE_NOT_FOUND_TARGET, log);
        Predicate<TrainingRows.Ask> refusedOof = answerability == null ? under(scores, notFound)
                : a -> answerability.outOfFold().get(a) < answerability.bar();
        Predicate<TrainingRows.Ask> refusedHeld = answerability == null ? under(held, notFound)
                : a -> answerability.heldOut().get(a) < answerability.bar();
        // for comparison: every question's answer taking its sentences alike
        measured.put("outOfFoldOnePicking", figures(train, scores, refusedOof, notFound, joinRatio, adjacentRatio, null));
        measured.put("heldOutOnePicking", figures(heldOut, held, refusedHeld, notFound, joinRatio, adjacentRatio, null));
        Tuning.Picking passage = passage(train, scores, refusedOof, notFound, joinRatio, adjacentRatio, data(training), log);
        measured.put("outOfFold", figures(train, scores, refusedOof, notFound, joinRatio, adjacentRatio, passage));
        measured.put("outOfFoldBySet", bySet(train, scores, refusedOof, notFound, joinRatio, adjacentRatio, passage));
        measured.put("heldOut", figures(heldOut, held, refusedHeld, notFound, joinRatio, adjacentRatio, passage));
        measured.put("heldOutBySet", bySet(heldOut, held, refusedHeld, notFound, joinRatio, adjacentRatio, passage));
        log.printf("out of fold, one picking for every question: %s%n", measured.get("outOfFoldOnePicking"));
        log.printf("held out, one picking for every question:    %s%n", measured.get("heldOutOnePicking"));
        log.printf("out of fold, probabilities alone: %s%n", measured.get("outOfFoldProbabilitiesAlone"));
        log.printf("out of fold, the best probability deciding: %s%n", measured.get("outOfFoldProbabilityDecides"));
        log.printf("held out, the best probability deciding:    %s%n", measured.get("heldOutProbabilityDecides"));
        log.printf("out of fold: %s%n", measured.get("outOfFold"));
        log.printf("out of fold by set: %s%n", measured.get("outOfFoldBySet"));
        log.printf("held out:    %s%n", measured.get("heldOut"));
        log.printf("held out by set: %s%n", measured.get("heldOutBySet"));

        String data = data(training);
        Tuning tuning = new Tuning(modelFile, orderFile, SentenceFeatures.NAMES,
                new Tuning.Constant(prefilter, String.format(Locale.ROOT,
                        "fewest of %s first-stage candidates keeping the gold sentence within 0.5 points of all 48, training part of %s",
                        Arrays.toString(PREFILTERS), data)),
                new Tuning.Constant(notFound, String.format(Locale.ROOT,
                        "highest bar leaving <= %.1f%% of answerable training questions not found, 5-fold out of fold on %s; "
                                + (answerability == null ? "a question whose best score is under it is answered \"not found\""
                                : "with the answerability model only the least score of a sentence that joins an answer"),
                        100 * FALSE_NOT_FOUND_TARGET, data)),
                answerability == null ? null : answerabilityFile,
                answerability == null ? null : new Tuning.Constant(answerability.bar(), String.format(Locale.ROOT,
                        "highest answerability leaving <= %.1f%% of answerable training questions not found, 5-fold out "
                                + "of fold on %s (the model fitted on the ranker's out-of-fold probabilities; answerable "
                                + "against other-paragraph, near-topic, span-removed and period-shifted asks)",
                        100 * FALSE_NOT_FOUND_TARGET, data)),
                new Tuning.Constant(joinRatio, String.format(Locale.ROOT,
                        "ratio (%s..%s, with the adjacent ratio) whose answers hold gold most often with <= %.1f sentences on average, 5-fold out of fold on %s",
                        JOINS[JOINS.length - 1], JOINS[0], MEAN_SENTENCES, data)),
                new Tuning.Constant(adjacentRatio, String.format(Locale.ROOT,
                        "ratio for a sentence next to a picked one (up to the join ratio), chosen with the join ratio, 5-fold out of fold on %s",
                        data)),
                new Tuning.Constant(MAX_SENTENCES, "product choice: an answer is at most three sentences"),
                passage, Tuning.DAY_REPORT, Tuning.PERIOD_REPORT, Tuning.EDITION_DEPTH, training, measured);
        return new Fitted(fin, finOrder, answerability == null ? null : answerability.booster(), tuning);
    }

    private static String data(Map<String, Object> training) {
        return training.getOrDefault("sets", "?") + "";
    }

    /**
     * How the answer to a question asking for a reason, a way, a list or a definition takes its sentences: the join
     * ratio, adjacent ratio and least score of a neighbour (down from the "not found" bar) whose answers hold gold
     * most often out of fold, every other question's answer as chosen before and all answers together within
     * {@link #MEAN_SENTENCES} on average; ties go to fewer sentences.
     */
    static Tuning.Picking passage(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> p,
                                  Predicate<TrainingRows.Ask> refused, double bar, double join, double adjacent,
                                  String data, PrintStream log) {
        List<TrainingRows.Ask> asking = train.stream().filter(a -> a.answerable() && a.asksForPassage()).toList();
        Map<String, Object> rest = figures(train.stream().filter(a -> a.answerable() && !a.asksForPassage()).toList(), p,
                refused, bar, join, adjacent, null);
        int restSentences = (int) rest.get("sentences");
        int restAnswered = (int) rest.get("answered");
        Tuning.Picking best = new Tuning.Picking(join, adjacent, bar, "");
        int bestHolds = -1;
        int bestSentences = Integer.MAX_VALUE;
        TreeSet<Double> floors = new TreeSet<>(Comparator.reverseOrder());
        floors.add(bar);
        Arrays.stream(PASSAGE_FLOORS).filter(f -> f < bar).forEach(floors::add);
        for (double j : JOINS) {
            TreeSet<Double> adjacents = new TreeSet<>(Comparator.reverseOrder());
            for (double d : new double[]{1, 0.5, 0.2, 0.1}) {
                adjacents.add(j * d);
            }
            for (double a : new double[]{0.01, 0.005, 0.002, 0.001}) {
                if (a <= j) {
                    adjacents.add(a);
                }
            }
            for (double a : adjacents) {
                for (double floor : floors) {
                    Tuning.Picking candidate = new Tuning.Picking(j, a, floor, "");
                    Map<String, Object> f = figures(asking, p, refused, bar, join, adjacent, candidate);
                    int holds = (int) f.get("holds");
                    int sentences = (int) f.get("sentences");
                    double mean = (double) (restSentences + sentences) / Math.max(1, restAnswered + (int) f.get("answered"));
                    if (mean <= MEAN_SENTENCES && (holds > bestHolds || holds == bestHolds && sentences < bestSentences)) {
                        bestHolds = holds;
                        bestSentences = sentences;
                        best = candidate;
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "questions asking for a passage (%d answerable out of fold): join %.3f adjacent %.4f floor %.4f, "
                + "holds gold %d%n", asking.size(), best.joinRatio(), best.adjacentRatio(), best.adjacentFloor(), bestHolds);
        return new Tuning.Picking(best.joinRatio(), best.adjacentRatio(), best.adjacentFloor(), String.format(Locale.ROOT,
                "join ratio, adjacent ratio and least score of a neighbour (join %s..%s; adjacent 1, 0.5, 0.2 or 0.1 × the "
                        + "join ratio, or 0.001..0.01 up to it; the 'not found' bar down to %s) "
                        + "whose answers to the %d answerable training questions asking for a reason, a way, a list or a "
                        + "definition hold gold most often, every other answer taking its sentences by the join and adjacent "
                        + "ratios and all within %.1f sentences on average, 5-fold out of fold on %s",
                JOINS[JOINS.length - 1], JOINS[0], PASSAGE_FLOORS[PASSAGE_FLOORS.length - 1],
                asking.size(), MEAN_SENTENCES, data));
    }

    /** The variant's learner with LambdaMART's objective: fitted per question (rows grouped by ask), unweighted. */
    static Variant order(Variant v) {
        Map<String, Object> params = new LinkedHashMap<>(v.params());
        params.put("objective", "rank:ndcg");
        params.put("eval_metric", "ndcg@1");
        return new Variant(v.name() + "-order", params, v.rounds(), false);
    }

    /** Out-of-fold probabilities on the training part, folds by paragraph. */
    private static Map<TrainingRows.Ask, double[]> outOfFold(List<TrainingRows.Ask> train, Variant v, PrintStream log) {
        Map<TrainingRows.Ask, double[]> oof = new IdentityHashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            Booster b = train(train.stream().filter(a -> HeldOut.fold(a.paragraph(), FOLDS) != fold).toList(), v);
            for (TrainingRows.Ask a : train.stream().filter(a -> HeldOut.fold(a.paragraph(), FOLDS) == fold).toList()) {
                oof.put(a, predict(b, a));
            }
            log.printf("%s: fold %d/%d done%n", v.name(), f + 1, FOLDS);
        }
        return oof;
    }

    /** Holds-gold rate averaged over the sets. */
    private static double macroHolds(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p, double bar, double[] ratios) {
        return bySet(asks, p, bar, ratios[0], ratios[1]).values().stream()
                .mapToDouble(f -> (double) f.get("holdsGold")).average().orElse(0);
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

    /** The ask with only the rows the first {@code m} first-stage candidates keep. */
    static TrainingRows.Ask cut(TrainingRows.Ask a, int m) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < a.rows().size(); i++) {
            if (a.rows().get(i)[RANK] < m) {
                rows.add(a.rows().get(i));
                labels.add(a.labels()[i]);
            }
        }
        return new TrainingRows.Ask(a.set(), a.paragraph(), a.question(), a.heldOut(), a.kind(), rows,
                labels.stream().mapToInt(Integer::intValue).toArray(), a.goldRank(), a.goldRanges());
    }

    /** Per ask, the probabilities spread by the order model's scores, as {@link AnswerRanker#rank} does. */
    private static Map<TrainingRows.Ask, double[]> spread(Map<TrainingRows.Ask, double[]> probabilities,
                                                          Map<TrainingRows.Ask, double[]> order) {
        Map<TrainingRows.Ask, double[]> out = new IdentityHashMap<>();
        probabilities.forEach((a, p) -> out.put(a, AnswerRanker.spread(p, order.get(a), articles(a))));
        return out;
    }

    /** Each row's article rank. */
    static int[] articles(TrainingRows.Ask a) {
        return a.rows().stream().mapToInt(r -> (int) r[ARTICLE]).toArray();
    }

    private static double best(double[] p) {
        return Arrays.stream(p).max().orElse(0);
    }

    /** The highest bar (on a grid of 0.001) under which at most the target share of answerable asks falls. */
    private static double notFoundBar(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> p) {
        return bar(train.stream().filter(TrainingRows.Ask::answerable).mapToDouble(a -> best(p.get(a))).toArray(),
                FALSE_NOT_FOUND_TARGET);
    }

    /**
     * The highest bar on a grid of 0.001 under which at most the {@code target} share of {@code answerable} (each
     * answerable ask's value: its best probability, its answerability) falls.
     */
    static double bar(double[] answerable, double target) {
        double[] sorted = answerable.clone();
        Arrays.sort(sorted);
        int allowed = (int) Math.floor(target * sorted.length);
        // a bar at sorted[allowed] leaves exactly the `allowed` lowest below it; round down to stay at or under
        return Math.floor(sorted[allowed] * 1000) / 1000.0;
    }

    /** The join and adjacent ratios whose answers hold gold most often within the mean sentence count; ties go to fewer sentences. */
    private static double[] ratios(List<TrainingRows.Ask> train, Map<TrainingRows.Ask, double[]> p, double bar, PrintStream log) {
        double[] best = {0.9, 0.9};
        double bestHolds = -1;
        for (double join : JOINS) {
            TreeSet<Double> adjacents = new TreeSet<>(Comparator.reverseOrder());
            for (int a = 1; a / 20.0 <= join; a++) {
                adjacents.add(a / 20.0);
            }
            for (double d : new double[]{1, 0.5, 0.2, 0.1}) {
                adjacents.add(join * d);
            }
            for (double adjacent : adjacents) {
                Map<String, Object> f = figures(train, p, bar, join, adjacent);
                double holds = (double) f.get("holdsGold");
                double mean = (double) f.get("meanSentences");
                log.printf(Locale.ROOT, "join %.3f adjacent %.4f: holds gold %.4f, %.2f sentences%n", join, adjacent, holds, mean);
                if (mean <= MEAN_SENTENCES && holds > bestHolds) {
                    bestHolds = holds;
                    best = new double[]{join, adjacent};
                }
            }
        }
        log.printf(Locale.ROOT, "chosen: join %.2f adjacent %.2f (holds gold %.4f)%n", best[0], best[1], bestHolds);
        // for comparison, the misses when a neighbour needs the join bar like any other sentence
        log.printf(Locale.ROOT, "without the adjacent ratio, by set: %s%n", bySet(train, p, bar, best[0], best[0]));
        return best;
    }

    private static Map<String, Map<String, Object>> bySet(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p,
                                                          double bar, double join, double adjacent) {
        return bySet(asks, p, under(p, bar), bar, join, adjacent, null);
    }

    private static Map<String, Map<String, Object>> bySet(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p,
                                                          Predicate<TrainingRows.Ask> refused, double bar, double join,
                                                          double adjacent, Tuning.Picking passage) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String set : asks.stream().map(TrainingRows.Ask::set).distinct().toList()) {
            out.put(set, figures(asks.stream().filter(a -> a.set().equals(set)).toList(), p, refused, bar, join, adjacent,
                    passage));
        }
        return out;
    }

    /** Refused when the best probability is under the bar (the decision without an answerability model). */
    private static Predicate<TrainingRows.Ask> under(Map<TrainingRows.Ask, double[]> p, double bar) {
        return a -> best(p.get(a)) < bar;
    }

    /**
     * Answer-level figures of a set of asks as the composer would answer them ({@link SentencePicker}),
     * with the answerable questions whose answer does not hold gold counted by kind, the first that fits:
     * <ul>
     *   <li>goldNotRetrieved: the gold paragraph is not among the articles asked;</li>
     *   <li>goldOverThreeSentences: no run of at most three of its sentences holds a gold answer;</li>
     *   <li>goldCutByFirstStage: no sentence of the gold run is among the ranked candidates;</li>
     *   <li>falseNotFound: refused (the best probability under the bar, or the answerability under its own);</li>
     *   <li>answerCut: the answer has a part of the gold run but not all of it;</li>
     *   <li>neighbourOfGold: the best sentence is right before or after the gold run;</li>
     *   <li>otherSentenceOfGoldParagraph, otherArticle: the best sentence is elsewhere.</li>
     * </ul>
     * {@code missesNeedingSeveralSentences} counts the misses whose gold needs more than one sentence; the
     * near-topic, span-removed and period-shifted asks ({@link TrainingRows.Kind}) count only as refused or not.
     */
    static Map<String, Object> figures(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p, double bar,
                                       double join, double adjacent) {
        return figures(asks, p, under(p, bar), bar, join, adjacent, null);
    }

    /**
     * As above, with the asks {@code refused} answered "not found"; {@code bar} stays the least score that joins; the
     * answers to questions asking for a passage take their sentences by {@code passage} unless it is {@code null}.
     */
    static Map<String, Object> figures(List<TrainingRows.Ask> asks, Map<TrainingRows.Ask, double[]> p,
                                       Predicate<TrainingRows.Ask> refused, double bar, double join, double adjacent,
                                       Tuning.Picking passage) {
        int answerable = 0, holds = 0, top1 = 0, notFound = 0, sentences = 0, answered = 0;
        Map<TrainingRows.Kind, int[]> unanswerable = new EnumMap<>(TrainingRows.Kind.class);
        UNANSWERABLE.keySet().forEach(k -> unanswerable.put(k, new int[2]));
        int several = 0;
        Map<String, Integer> misses = new LinkedHashMap<>();
        Tuning.Picking alike = new Tuning.Picking(join, adjacent, bar, "every other answer"); // as Tuning.picking
        for (TrainingRows.Ask a : asks) {
            double[] probs = p.get(a);
            Integer[] order = new Integer[probs.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(probs[y], probs[x]));
            if (!a.answerable()) {
                int[] c = unanswerable.get(a.kind()); // asked, refused
                c[0]++;
                c[1] += refused.test(a) ? 1 : 0;
                continue;
            }
            answerable++;
            double[] scores = new double[order.length];
            int[] article = new int[order.length];
            int[] index = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                scores[i] = probs[order[i]];
                article[i] = (int) a.rows().get(order[i])[ARTICLE];
                index[i] = (int) a.rows().get(order[i])[INDEX];
            }
            boolean isNotFound = refused.test(a);
            boolean hold = false;
            List<Integer> picks = List.of();
            if (!isNotFound) {
                answered++;
                Tuning.Picking picking = passage != null && a.asksForPassage() ? passage : alike;
                picks = SentencePicker.pick(scores, article, index, bar, picking.adjacentFloor(), picking.joinRatio(),
                        picking.adjacentRatio(), MAX_SENTENCES);
                sentences += picks.size();
                hold = holds(a, SentencePicker.passages(picks, article, index), order, article, index);
                top1 += holds(a, List.of(List.of(0)), order, article, index) ? 1 : 0;
            } else {
                notFound++;
            }
            if (hold) {
                holds++;
                continue;
            }
            String kind = missKind(a, isNotFound, picks, order, article, index);
            misses.merge(kind, 1, Integer::sum);
            if (a.goldRanges() != null && a.goldRanges().length > 0
                    && Arrays.stream(a.goldRanges()).allMatch(r -> r[1] > r[0])) {
                several++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answerable", answerable);
        out.put("holdsGold", rate(holds, answerable));
        out.put("top1HoldsGold", rate(top1, answerable));
        out.put("falseNotFound", rate(notFound, answerable));
        out.put("meanSentences", rate(sentences, answered));
        out.put("holds", holds);
        out.put("answered", answered);
        out.put("sentences", sentences);
        UNANSWERABLE.forEach((kind, name) -> {
            out.put(name, unanswerable.get(kind)[0]);
            out.put(name + "Refused", rate(unanswerable.get(kind)[1], unanswerable.get(kind)[0]));
        });
        out.put("misses", misses);
        out.put("missesNeedingSeveralSentences", several);
        return out;
    }

    /** Whether one of the passages (positions into {@code order}) holds a gold answer. */
    private static boolean holds(TrainingRows.Ask a, List<List<Integer>> passages, Integer[] order, int[] article, int[] index) {
        for (List<Integer> passage : passages) {
            if (a.goldRanges() == null) {
                if (passage.stream().anyMatch(i -> a.labels()[order[i]] == 1)) {
                    return true;
                }
                continue;
            }
            int first = passage.get(0);
            int last = passage.get(passage.size() - 1);
            if (article[first] != a.goldRank()) {
                continue;
            }
            for (int[] r : a.goldRanges()) {
                if (index[first] <= r[0] && r[1] <= index[last]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String missKind(TrainingRows.Ask a, boolean notFound, List<Integer> picks, Integer[] order,
                                   int[] article, int[] index) {
        if (a.goldRanges() != null && a.goldRank() < 0) {
            return "goldNotRetrieved";
        }
        if (a.goldRanges() != null && a.goldRanges().length == 0) {
            return "goldOverThreeSentences";
        }
        if (!a.hasPositive()) {
            return "goldCutByFirstStage";
        }
        if (notFound) {
            return "falseNotFound";
        }
        if (picks.stream().anyMatch(i -> a.labels()[order[i]] == 1)) {
            return "answerCut";
        }
        if (a.goldRanges() == null || article[0] != a.goldRank()) {
            return "otherArticle";
        }
        for (int[] r : a.goldRanges()) {
            if (index[0] == r[0] - 1 || index[0] == r[1] + 1) {
                return "neighbourOfGold";
            }
        }
        return "otherSentenceOfGoldParagraph";
    }

    private static double rate(int n, int of) {
        return of == 0 ? 0 : Math.round(10000.0 * n / of) / 10000.0;
    }

    private static Booster train(List<TrainingRows.Ask> all, Variant v) {
        // the sentence models fit neither the near-topic and span-removed asks (fitting on either was tried and lost,
        // docs/development-log.md) nor the period-shifted ones; the answerability model fits them all (AnswerabilityFit)
        List<TrainingRows.Ask> asks = all.stream().filter(a -> a.answerable() || a.kind() == TrainingRows.Kind.OTHER_PARAGRAPH)
                .toList();
        int n = asks.stream().mapToInt(a -> a.rows().size()).sum();
        Map<String, Integer> setRows = new HashMap<>();
        asks.forEach(a -> setRows.merge(a.set(), a.rows().size(), Integer::sum));
        List<float[]> rows = new ArrayList<>(n);
        float[] labels = new float[n];
        float[] weights = new float[n];
        int r = 0;
        for (TrainingRows.Ask a : asks) {
            // balanced: each set's rows weigh n / (sets × its rows), so every set sums to the same weight
            float w = v.balanceSets() ? (float) n / (setRows.size() * setRows.get(a.set())) : 1f;
            for (int i = 0; i < a.rows().size(); i++, r++) {
                rows.add(a.rows().get(i));
                labels[r] = a.labels()[i];
                weights[r] = w;
            }
        }
        boolean ranking = String.valueOf(v.params().get("objective")).startsWith("rank:");
        return Boosters.train(rows, SentenceFeatures.NAMES.size(), labels, ranking ? null : weights,
                ranking ? asks.stream().mapToInt(a -> a.rows().size()).toArray() : null, v.params(), v.rounds(), "the ranker");
    }

    /** The model's output for each of the ask's rows. */
    static double[] predict(Booster b, TrainingRows.Ask a) {
        return Boosters.predict(b, a.rows(), SentenceFeatures.NAMES.size(), "ranker prediction");
    }
}
