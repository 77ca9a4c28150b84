package com.baowen.answer;

import com.baowen.chunk.SentenceSpans;
import com.baowen.chunk.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the numbered-edition filter ({@link ExtractiveAnswerer#byEdition}) would cost on SQuAD-format sets (a
 * measurement, not a test): how many questions name an edition ({@link Editions}), for how many the gold paragraph
 * (with its title) names that series, and for how many only with other numbers — those the filter would drop —
 * and for how many a sentence holding a gold answer names the series only with other numbers (the sentence filter).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.answer.EditionsMeasure cmrc2018_trial.json DRCD_test.json</pre>
 */
public class EditionsMeasure {
    public static void main(String[] args) throws Exception {
        int questions = 0;
        int naming = 0;
        int judged = 0;
        int other = 0;
        int otherInSentence = 0;
        for (String set : args) {
            JsonNode root = new ObjectMapper().readTree(new File(set));
            for (JsonNode article : root.get("data")) {
                for (JsonNode paragraph : article.get("paragraphs")) {
                    String context = paragraph.get("context").asText();
                    List<Editions.Edition> named = Editions.of(TextFold.fold(article.path("title").asText("") + "\n"
                            + context));
                    for (JsonNode qa : paragraph.get("qas")) {
                        questions++;
                        List<Editions.Edition> asked = Editions.of(TextFold.fold(qa.get("question").asText()));
                        if (asked.isEmpty()) {
                            continue;
                        }
                        naming++;
                        Set<String> series = new HashSet<>();
                        asked.forEach(e -> series.add(e.series()));
                        judged += named.stream().anyMatch(e -> series.contains(e.series())) ? 1 : 0;
                        if (Editions.another(asked, named)) {
                            other++;
                            System.out.println("only other numbers: " + qa.get("question").asText());
                        }
                        boolean goldSentence = false;
                        boolean dropped = false;
                        for (Span s : SentenceSpans.of(context)) {
                            String sentence = context.substring(s.start(), s.end());
                            boolean holds = false;
                            for (JsonNode answer : qa.get("answers")) {
                                String text = answer.get("text").asText();
                                holds |= !text.isBlank() && sentence.contains(text);
                            }
                            if (holds) {
                                goldSentence = true;
                                dropped |= Editions.another(asked, Editions.of(TextFold.fold(sentence)));
                            }
                        }
                        if (goldSentence && dropped) {
                            otherInSentence++;
                            System.out.println("a gold sentence names only other numbers: " + qa.get("question").asText());
                        }
                    }
                }
            }
        }
        System.out.printf("questions %d, naming an edition %d, gold paragraph names the series %d, only with other numbers %d; "
                        + "a gold sentence naming the series only with other numbers %d%n",
                questions, naming, judged, other, otherInSentence);
    }
}
