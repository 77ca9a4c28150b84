package com.baowen.chunk;

import com.baowen.eval.HeldOut;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;

/**
 * How often a gold answer lies inside one answer unit (a measurement, not a test): where
 * {@link SentenceSpans#MAX_JOINED} comes from. Over the training part of SQuAD-format sets (the paragraphs
 * {@code eval --held-out} does not use), for each longest join given (0: the splitter's sentences, short ones
 * merged), the share of answers whose span sits inside one unit, and the units' count and mean length.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.chunk.AnswerUnitsMeasure \
 *     src/test/resources/eval/cmrc2018_trial.json DRCD_test.json -- 0 120 200 300</pre>
 */
public class AnswerUnitsMeasure {
    public static void main(String[] args) throws Exception {
        int dash = List.of(args).indexOf("--");
        ObjectMapper json = new ObjectMapper();
        for (int a = dash + 1; a < args.length; a++) {
            int maxJoined = Integer.parseInt(args[a]);
            for (String file : List.of(args).subList(0, dash)) {
                int questions = 0;
                int inOne = 0;
                long units = 0;
                long chars = 0;
                for (JsonNode article : json.readTree(Path.of(file).toFile()).get("data")) {
                    for (JsonNode p : article.get("paragraphs")) {
                        if (HeldOut.isHeldOut(p.path("id").asText())) {
                            continue;
                        }
                        String context = p.get("context").asText();
                        List<Span> spans = SentenceSpans.of(context, maxJoined);
                        units += spans.size();
                        chars += spans.stream().mapToLong(Span::length).sum();
                        for (JsonNode qa : p.get("qas")) {
                            JsonNode answer = qa.get("answers").get(0);
                            int start = answer.get("answer_start").asInt();
                            int end = start + answer.get("text").asText().length();
                            if (start < 0 || end > context.length()) {
                                continue;
                            }
                            questions++;
                            inOne += spans.stream().anyMatch(s -> s.start() <= start && end <= s.end()) ? 1 : 0;
                        }
                    }
                }
                System.out.printf("longest join %d, %s: %d questions, gold in one unit %.1f %%, %d units of %.1f characters%n",
                        maxJoined, Path.of(file).getFileName(), questions, 100.0 * inOne / questions, units,
                        (double) chars / units);
            }
        }
    }
}
