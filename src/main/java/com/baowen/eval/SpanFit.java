package com.baowen.eval;

import com.baowen.BaowenException;
import com.baowen.answer.Boosters;
import com.baowen.answer.Entities;
import com.baowen.answer.Question;
import com.baowen.answer.SpanFeatures;
import com.baowen.answer.SpanPicker;
import com.baowen.answer.TextFold;
import com.baowen.chunk.SentenceSpans;
import com.baowen.chunk.Span;
import com.baowen.ingest.Article;
import ml.dmlc.xgboost4j.java.Booster;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fits the highlight's span model ({@link SpanPicker}) on reading-comprehension sets: for each question, each
 * sentence of its paragraph that holds a gold answer, with the entities that may be the highlight
 * ({@link SpanFeatures#options}); an option is right when it and a gold answer overlap, one holding the other
 * (as {@code eval}'s "highlight on gold"). Objectives are compared out of fold on the training part (folds by
 * paragraph) against the rule, the better one is fitted on the whole training part and measured on the
 * held-out paragraphs ({@link HeldOut}).
 */
public final class SpanFit {
    static final int FOLDS = 5;

    /**
     * One question's sentence with its options; immutable by convention.
     *
     * @param set       the set's name
     * @param paragraph the gold paragraph's id
     * @param heldOut   whether the paragraph is held out
     * @param rows      the options' rows ({@link SpanFeatures#NAMES})
     * @param labels    1 where the option overlaps a gold answer
     * @param rule      the option {@link SpanPicker#rule} picks
     */
    public record Example(String set, String paragraph, boolean heldOut, List<float[]> rows, int[] labels, int rule) {
        boolean anyRight() {
            for (int l : labels) {
                if (l == 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A learner setting; immutable by convention.
     *
     * @param name   how the record names it
     * @param params XGBoost parameters
     * @param rounds boosting rounds
     */
    public record Variant(String name, Map<String, Object> params, int rounds) {
        boolean ranking() {
            return String.valueOf(params.get("objective")).startsWith("rank:");
        }
    }

    /** The fitted model and its record. */
    public record Fitted(Booster booster, SpanPicker.Record record) {
    }

    private SpanFit() {
    }

    /** The examples of one SQuAD-format set (questions with their paragraphs). */
    public static List<Example> examples(EvalSet set, PrintStream progress) {
        if (set.corpus() == null) {
            throw new BaowenException("train-spans needs SQuAD-format sets (questions with their paragraphs), got " + set.name());
        }
        Map<String, Article> articles = set.corpus().articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        Map<String, List<Span>> sentences = new HashMap<>();
        List<Example> out = new ArrayList<>();
        int done = 0;
        for (EvalQuestion eq : set.questions()) {
            Article article = eq.goldArticleId() == null ? null : articles.get(eq.goldArticleId());
            if (eq.question().isBlank() || article == null) {
                continue;
            }
            List<String> gold = eq.any().stream().map(SpanFit::squash).filter(g -> !g.isEmpty()).toList();
            Question q = Question.parse(eq.question(), List.of());
            String text = article.text();
            for (Span s : sentences.computeIfAbsent(article.id(), id -> SentenceSpans.of(text))) {
                String sentence = text.substring(s.start(), s.end());
                String squashed = squash(sentence);
                if (gold.stream().noneMatch(squashed::contains)) {
                    continue;
                }
                List<SpanFeatures.Option> options = SpanFeatures.options(q, TextFold.fold(sentence), Entities.of(sentence));
                if (options.isEmpty()) {
                    continue;
                }
                int[] labels = new int[options.size()];
                List<float[]> rows = new ArrayList<>(options.size());
                for (int i = 0; i < options.size(); i++) {
                    var e = options.get(i).entity();
                    String shown = squash(sentence.substring(e.start(), e.end()));
                    labels[i] = !shown.isEmpty() && gold.stream().anyMatch(g -> shown.contains(g) || g.contains(shown)) ? 1 : 0;
                    rows.add(options.get(i).values());
                }
                out.add(new Example(set.name(), article.id(), HeldOut.isHeldOut(article.id()), rows, labels,
                        SpanPicker.rule(options)));
            }
            if (++done % 1000 == 0) {
                progress.printf("%s: %d/%d questions%n", set.name(), done, set.questions().size());
            }
        }
        return out;
    }

    /**
     * Compares the variants out of fold on the training part, fits the better one on all of it, and
     * measures it and the rule on the held-out part.
     *
     * @throws BaowenException when no variant beats the rule out of fold
     *
     * @param training how the data was made, for the record
     */
    public static Fitted fit(List<Example> all, List<Variant> variants, String modelFile, Map<String, Object> training,
                             PrintStream log) {
        List<Example> train = all.stream().filter(e -> !e.heldOut()).toList();
        List<Example> heldOut = all.stream().filter(Example::heldOut).toList();
        if (train.isEmpty() || heldOut.isEmpty()) {
            throw new BaowenException("train-spans needs answer sentences with options in both parts, got "
                    + train.size() + " training and " + heldOut.size() + " held out");
        }
        Map<String, Object> measured = new LinkedHashMap<>();
        Map<String, Object> compared = new LinkedHashMap<>();
        Variant best = null;
        double bestRate = -1;
        for (Variant v : variants) {
            Map<Example, Integer> picks = new IdentityHashMap<>();
            for (int f = 0; f < FOLDS; f++) {
                int fold = f;
                Booster b = train(train.stream().filter(e -> HeldOut.fold(e.paragraph(), FOLDS) != fold).toList(), v);
                for (Example e : train.stream().filter(e -> HeldOut.fold(e.paragraph(), FOLDS) == fold).toList()) {
                    picks.put(e, pick(b, e));
                }
            }
            Map<String, Object> figures = figures(train, picks::get);
            double rate = (double) figures.get("model");
            compared.put(v.name(), figures);
            log.printf("span model %s out of fold: %s%n", v.name(), figures);
            if (rate > bestRate) {
                bestRate = rate;
                best = v;
            }
        }
        measured.put("outOfFoldByVariant", compared);
        double rule = (double) figures(train, Example::rule).get("rule");
        if (bestRate <= rule) {
            throw new BaowenException(String.format(Locale.ROOT, "the span model does no better than the rule out of fold "
                    + "(%.4f against %.4f): nothing written, the highlight keeps the rule", bestRate, rule));
        }
        Booster fin = train(train, best);
        Map<String, Object> held = figures(heldOut, e -> pick(fin, e));
        measured.put("heldOut", held);
        Map<String, Object> bySet = new LinkedHashMap<>();
        for (String set : heldOut.stream().map(Example::set).distinct().toList()) {
            bySet.put(set, figures(heldOut.stream().filter(e -> e.set().equals(set)).toList(), e -> pick(fin, e)));
        }
        measured.put("heldOutBySet", bySet);
        log.printf("span model %s held out: %s%n", best.name(), held);
        log.printf("span model %s held out by set: %s%n", best.name(), bySet);
        Map<String, Object> record = new LinkedHashMap<>(training);
        record.put("variantChosen", best.name() + " (best out of fold on the training part)");
        record.put("params", best.params());
        record.put("rounds", best.rounds());
        return new Fitted(fin, new SpanPicker.Record(modelFile, SpanFeatures.NAMES, record, measured));
    }

    /**
     * Of the examples, the share whose pick overlaps gold: the model's, the rule's, and the most any pick
     * could reach (an option overlaps gold at all); rates over every example with options.
     */
    static Map<String, Object> figures(List<Example> examples, Function<Example, Integer> picks) {
        int model = 0, rule = 0, possible = 0;
        for (Example e : examples) {
            model += e.labels()[picks.apply(e)];
            rule += e.labels()[e.rule()];
            possible += e.anyRight() ? 1 : 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sentences", examples.size());
        out.put("model", rate(model, examples.size()));
        out.put("rule", rate(rule, examples.size()));
        out.put("anyOptionRight", rate(possible, examples.size()));
        return out;
    }

    private static double rate(int n, int of) {
        return of == 0 ? 0 : Math.round(10000.0 * n / of) / 10000.0;
    }

    private static int pick(Booster b, Example e) {
        double[] p = predict(b, e.rows());
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Booster train(List<Example> examples, Variant v) {
        int n = examples.stream().mapToInt(e -> e.rows().size()).sum();
        List<float[]> rows = new ArrayList<>(n);
        float[] labels = new float[n];
        for (Example e : examples) {
            for (int i = 0; i < e.rows().size(); i++) {
                labels[rows.size()] = e.labels()[i];
                rows.add(e.rows().get(i));
            }
        }
        return Boosters.train(rows, SpanFeatures.NAMES.size(), labels, null,
                v.ranking() ? examples.stream().mapToInt(e -> e.rows().size()).toArray() : null, v.params(), v.rounds(),
                "the span model");
    }

    private static double[] predict(Booster b, List<float[]> rows) {
        return Boosters.predict(b, rows, SpanFeatures.NAMES.size(), "the span model");
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The learner settings {@code train-spans} compares: a probability per option, or an order per sentence. */
    public static List<Variant> variants(int rounds, int depth, int seed) {
        List<Variant> out = new ArrayList<>();
        for (String objective : List.of("binary:logistic", "rank:ndcg")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("objective", objective);
            p.put("eval_metric", objective.startsWith("rank:") ? "ndcg@1" : "logloss");
            p.put("eta", 0.1);
            p.put("max_depth", depth);
            p.put("min_child_weight", 2);
            p.put("subsample", 0.8);
            p.put("colsample_bytree", 0.8);
            p.put("nthread", 2);
            p.put("seed", seed);
            out.add(new Variant(String.format(Locale.ROOT, "%s-depth%d", objective.replace(':', '-'), depth), p, rounds));
        }
        return out;
    }
}
