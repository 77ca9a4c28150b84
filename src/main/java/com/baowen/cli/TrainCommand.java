package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.Engine;
import com.baowen.answer.AnswerRanker;
import com.baowen.answer.Answerers;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.eval.EvalSet;
import com.baowen.eval.EvalSets;
import com.baowen.eval.HeldOut;
import com.baowen.eval.RankerFit;
import com.baowen.eval.TrainingRows;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ml.dmlc.xgboost4j.java.XGBoostError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code train SET...}: trains the answer-sentence ranker. Flow: 1. per SQuAD-format set, index its
 * paragraphs (one article each) in {@code --work}/&lt;set&gt; (kept, so a second run re-embeds
 * nothing); 2. ask every question with and without its paragraph in the corpus and keep the feature
 * rows ({@link TrainingRows}); 3. fit and choose the constants on the training part, measure on the
 * held-out part ({@link RankerFit}); 4. write the model and its tuning record to {@code --out}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the answer-sentence ranker on SQuAD-format reading-comprehension sets (paragraphs held out: see eval --held-out).")
public class TrainCommand implements Callable<Integer> {
    static final String MODEL_FILE = "answer-ranker.ubj";
    static final String ORDER_FILE = "answer-ranker-order.ubj";
    static final String ANSWERABILITY_FILE = "answer-answerability.ubj";
    /** The training sets' licences, kept in every model record made from them. */
    static final String ATTRIBUTION = "CMRC 2018 (Cui et al., EMNLP 2019, CC BY-SA 4.0); DRCD (Shao et al. 2018, Delta Research Center, CC BY-SA 3.0)";
    /** How the sets are split, as the records say it ({@link HeldOut}). */
    static final String SPLIT = "paragraphs whose CRC32 % 100 < " + HeldOut.PERCENT + " held out (eval --held-out); the rest trains";

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "SET", arity = "1..*", description = "SQuAD-format sets, e.g. cmrc2018_trial.json DRCD_test.json")
    List<Path> sets;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/ranker",
            description = "Where the model and its tuning record go. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}/baowen-train",
            description = "Indexes of the sets' paragraphs, kept between runs. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200", description = "Boosting rounds. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--seed", defaultValue = "11", description = "Learner seed. Default: ${DEFAULT-VALUE}")
    int seed;

    @Option(names = "--eta", paramLabel = "E", defaultValue = "0.1",
            description = "Learning rate (XGBoost's eta), 0 < E <= 1. Default: ${DEFAULT-VALUE}")
    double eta;

    @Option(names = "--min-child-weight", paramLabel = "W", defaultValue = "2",
            description = "Least weight of rows in a leaf (XGBoost's min_child_weight), >= 0. Default: ${DEFAULT-VALUE}")
    double minChildWeight;

    @Option(names = "--weighting", paramLabel = "W", split = ",", defaultValue = "plain,balanced",
            description = "Row weightings compared out of fold (the better is kept): plain (every row 1), balanced "
                    + "(every set weighs the same). Default: ${DEFAULT-VALUE}")
    List<String> weightings;

    @Option(names = "--answerability", description = "Also fit the answerability model (one row per question over the "
            + "whole field of candidates) and let it decide whether a question is answered, instead of the best "
            + "probability against the \"not found\" bar. Off by default: on a news archive it refused answerable "
            + "questions the bar answers (docs/development-log.md, \"Whether a question is answered, again\").")
    boolean answerability;

    @Option(names = "--max-depth", paramLabel = "D", split = ",", defaultValue = "6",
            description = "Tree depths compared out of fold with each weighting (the best is kept). Default: ${DEFAULT-VALUE}")
    List<Integer> depths;

    @Override
    public Integer call() throws IOException, XGBoostError {
        checkSettings(); // before the sets are asked, which takes minutes
        PrintStream log = System.err;
        List<TrainingRows.Ask> asks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : sets) {
            EvalSet set = EvalSets.read(file);
            if (set.corpus() == null) {
                throw new BaowenException("train needs SQuAD-format sets (questions with their paragraphs), got " + file);
            }
            names.add(set.name());
            Path index = work.resolve(set.name());
            try (Engine engine = Engine.open(options.toConfig().withIndex(index))) {
                engine.index(List.of(set.corpus()), List.of(), (d, t, s, a) -> log.printf("%s %s%n", a, s));
                ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever(), null);
                asks.addAll(TrainingRows.cached(work, set, set.corpus().sha256(), answerer, Answerers.DEFAULT_TOP_K, 48, log));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "logloss");
        params.put("eta", eta);
        params.put("max_depth", 6);
        params.put("min_child_weight", minChildWeight);
        params.put("subsample", 0.8);
        params.put("colsample_bytree", 0.8);
        params.put("nthread", 2);
        params.put("seed", seed);
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("sets", String.join(" + ", names));
        training.put("attribution", ATTRIBUTION);
        training.put("command", "java -jar target/baowen.jar train " + String.join(" ", sets.stream().map(Path::toString).toList())
                + " --rounds " + rounds + " --eta " + eta + " --min-child-weight " + minChildWeight
                + " --seed " + seed + " --weighting " + String.join(",", weightings)
                + " --max-depth " + String.join(",", depths.stream().map(String::valueOf).toList())
                + (answerability ? " --answerability" : ""));
        training.put("split", SPLIT);
        training.put("asks", "each question against all paragraphs (positive: a gold-paragraph sentence holding a gold answer, "
                + "or part of one running over at most 3 consecutive sentences) and without its own (all negative); "
                + "and with the sentences holding a gold answer taken out (near topic); and, for questions asking a date, "
                + "number, person or place, with the gold answers' text cut out of every sentence (span removed); and, for "
                + "questions naming years their paragraph names, with those years moved past the paragraph's last, asked "
                + "afresh (period shifted). The sentence models fit the first two kinds; the answerability model (one row "
                + "per ask, with --answerability) fits all five");
        training.put("learner", "XGBoost4j 3.4.0");
        training.put("params", params);
        training.put("rounds", rounds);
        training.put("rows", asks.stream().mapToInt(a -> a.rows().size()).sum());
        training.put("trainedAt", Instant.now().toString());
        List<RankerFit.Variant> variants = new ArrayList<>();
        for (String w : weightings) {
            for (int d : depths) {
                Map<String, Object> p = new LinkedHashMap<>(params);
                p.put("max_depth", d);
                variants.add(new RankerFit.Variant(w + (depths.size() > 1 ? "-depth" + d : ""), p, rounds, w.equals("balanced")));
            }
        }
        RankerFit.Fitted fitted = RankerFit.fit(asks, variants, MODEL_FILE, ORDER_FILE,
                answerability ? ANSWERABILITY_FILE : null, training, log);
        Files.createDirectories(out);
        fitted.booster().saveModel(out.resolve(MODEL_FILE).toString());
        fitted.order().saveModel(out.resolve(ORDER_FILE).toString());
        Path answerabilityModel = out.resolve(ANSWERABILITY_FILE);
        if (fitted.answerability() != null) {
            fitted.answerability().saveModel(answerabilityModel.toString());
        } else {
            Files.deleteIfExists(answerabilityModel); // an earlier run's, which the record no longer names
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve(AnswerRanker.TUNING_FILE).toFile(), fitted.tuning());
        AnswerRanker.load(out); // what was written loads and matches this build's features
        System.out.printf("wrote %s, %s, %s%s%n", out.resolve(MODEL_FILE), out.resolve(ORDER_FILE),
                fitted.answerability() != null ? answerabilityModel + ", " : "", out.resolve(AnswerRanker.TUNING_FILE));
        return 0;
    }

    private void checkSettings() {
        for (String w : weightings) {
            if (!w.equals("plain") && !w.equals("balanced")) {
                throw new BaowenException("--weighting must be plain or balanced, got '" + w + "'");
            }
        }
        for (int d : depths) {
            if (d < 1 || d > 16) {
                throw new BaowenException("--max-depth must be between 1 and 16, got " + d);
            }
        }
        if (rounds < 1) {
            throw new BaowenException("--rounds must be at least 1, got " + rounds);
        }
        if (!(eta > 0 && eta <= 1)) {
            throw new BaowenException("--eta must be over 0 and at most 1, got " + eta);
        }
        if (!(minChildWeight >= 0)) {
            throw new BaowenException("--min-child-weight must be at least 0, got " + minChildWeight);
        }
    }
}
