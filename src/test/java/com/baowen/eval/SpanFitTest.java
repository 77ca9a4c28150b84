package com.baowen.eval;

import com.baowen.BaowenException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The span model's examples and fit, on a made-up SQuAD set where only the question's words tell the dates apart. */
class SpanFitTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /**
     * Paragraph i: a works built in one year and honoured in another, in either order; the question asks
     * the year it was honoured, so the first date is right in half the paragraphs.
     */
    private static Path set(Path dir, int paragraphs) throws Exception {
        return set(dir, paragraphs, false);
    }

    /** @param honouredFirst every paragraph names the year asked first (the rule is always right) */
    private static Path set(Path dir, int paragraphs, boolean honouredFirst) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode data = root.putArray("data");
        ObjectNode page = data.addObject().put("title", "厂");
        ArrayNode ps = page.putArray("paragraphs");
        for (int i = 0; i < paragraphs; i++) {
            int built = 1950 + i;
            int honoured = 1990 + i % 30;
            String context = i % 2 == 0 && !honouredFirst
                    ? "第" + (i + 1) + "号厂于" + built + "年建成，于" + honoured + "年获评先进单位。"
                    : "第" + (i + 1) + "号厂于" + honoured + "年获评先进单位，于" + built + "年建成。";
            ObjectNode p = ps.addObject().put("id", "p" + i).put("context", context);
            ObjectNode qa = p.putArray("qas").addObject().put("id", "q" + i)
                    .put("question", "第" + (i + 1) + "号厂于哪一年获评先进单位？");
            qa.putArray("answers").addObject().put("text", honoured + "年");
        }
        Path file = dir.resolve("made-up.json");
        json.writeValue(file.toFile(), root);
        return file;
    }

    @Test
    void should_label_the_option_that_overlaps_a_gold_answer_and_note_the_rules_pick(@TempDir Path dir) throws Exception {
        // when
        List<SpanFit.Example> examples = SpanFit.examples(EvalSets.read(set(dir, 2)), QUIET);

        // then: paragraph 0 names the building year first, paragraph 1 the honour first
        assertEquals(2, examples.size());
        assertArrayEquals(new int[]{0, 1}, examples.get(0).labels());
        assertEquals(0, examples.get(0).rule());
        assertArrayEquals(new int[]{1, 0}, examples.get(1).labels());
        assertEquals(0, examples.get(1).rule());
    }

    @Test
    void should_fit_a_model_that_reads_the_questions_words_where_the_rule_takes_the_first_date(@TempDir Path dir) throws Exception {
        // given
        List<SpanFit.Example> examples = SpanFit.examples(EvalSets.read(set(dir, 120)), QUIET);

        // when
        SpanFit.Fitted fitted = SpanFit.fit(examples, SpanFit.variants(30, 2, 11), "m.ubj", Map.of("sets", "made-up"), QUIET);

        // then: the rule is right in about half, the model in nearly all, out of fold and held out
        @SuppressWarnings("unchecked")
        Map<String, Object> held = (Map<String, Object>) fitted.record().measured().get("heldOut");
        assertTrue((double) held.get("rule") < 0.7, "rule " + held);
        assertTrue((double) held.get("model") > 0.95, "model " + held);
        assertEquals(1.0, (double) held.get("anyOptionRight"));
        assertTrue(fitted.record().training().get("variantChosen").toString().endsWith("(best out of fold on the training part)"));
    }

    @Test
    void should_write_nothing_when_the_model_does_no_better_than_the_rule(@TempDir Path dir) throws Exception {
        // given: the first date is always the one asked
        List<SpanFit.Example> examples = SpanFit.examples(EvalSets.read(set(dir, 60, true)), QUIET);

        // when
        BaowenException e = assertThrows(BaowenException.class,
                () -> SpanFit.fit(examples, SpanFit.variants(10, 2, 11), "m.ubj", Map.of(), QUIET));

        // then
        assertTrue(e.getMessage().startsWith("the span model does no better than the rule out of fold (1.0000 against 1.0000)"),
                e.getMessage());
    }
}
