package com.baowen.cli;

import com.baowen.answer.SpanPicker;
import com.baowen.eval.EvalSets;
import com.baowen.eval.SpanFit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ml.dmlc.xgboost4j.java.XGBoostError;
import picocli.CommandLine.Command;
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
 * {@code train-spans SET...}: trains the highlight's span model ({@link SpanFit}) from the answer sentences of
 * SQuAD-format sets; no index is needed (about ten seconds on 2 cores). Writes the model and its record beside the answer
 * ranker's.
 */
@Command(name = "train-spans", mixinStandardHelpOptions = true,
        description = "Train the model that picks the highlight (the entity shown as the answer) on SQuAD-format sets (paragraphs held out: see eval --held-out).")
public class TrainSpansCommand implements Callable<Integer> {
    static final String MODEL_FILE = "answer-span.ubj";

    @Parameters(paramLabel = "SET", arity = "1..*", description = "SQuAD-format sets, e.g. cmrc2018_trial.json DRCD_test.json")
    List<Path> sets;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/ranker",
            description = "Where the model and its record go. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200", description = "Boosting rounds. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--max-depth", paramLabel = "D", defaultValue = "3", description = "Tree depth. Default: ${DEFAULT-VALUE}")
    int depth;

    @Option(names = "--seed", defaultValue = "11", description = "Learner seed. Default: ${DEFAULT-VALUE}")
    int seed;

    @Override
    public Integer call() throws IOException, XGBoostError {
        PrintStream log = System.err;
        List<SpanFit.Example> examples = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : sets) {
            var set = EvalSets.read(file);
            names.add(set.name());
            examples.addAll(SpanFit.examples(set, log));
        }
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("sets", String.join(" + ", names));
        training.put("attribution", TrainCommand.ATTRIBUTION);
        training.put("command", "java -jar target/baowen.jar train-spans " + String.join(" ", sets.stream().map(Path::toString).toList())
                + " --rounds " + rounds + " --max-depth " + depth + " --seed " + seed);
        training.put("split", TrainCommand.SPLIT);
        training.put("examples", "each sentence of a question's paragraph that holds a gold answer, with the entities that may be "
                + "the highlight (of the kind asked, or a number ending in the unit asked, not named by the question); "
                + "right when the entity and a gold answer overlap, one holding the other");
        training.put("learner", "XGBoost4j 3.4.0");
        training.put("trainedAt", Instant.now().toString());
        SpanFit.Fitted fitted = SpanFit.fit(examples, SpanFit.variants(rounds, depth, seed), MODEL_FILE, training, log);
        Files.createDirectories(out);
        fitted.booster().saveModel(out.resolve(MODEL_FILE).toString());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve(SpanPicker.RECORD_FILE).toFile(), fitted.record());
        SpanPicker.load(out); // what was written loads and matches this build's features
        System.out.printf("wrote %s and %s%n", out.resolve(MODEL_FILE), out.resolve(SpanPicker.RECORD_FILE));
        return 0;
    }
}
