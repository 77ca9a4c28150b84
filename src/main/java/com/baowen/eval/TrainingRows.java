package com.baowen.eval;

import com.baowen.answer.Candidate;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.answer.Question;
import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.TextFold;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Feature rows for training the answer ranker from a reading-comprehension set whose paragraphs are
 * indexed: each question is asked twice, as the answerer would ask it —
 * <ol>
 *   <li>against the whole corpus: a sentence of the gold paragraph holding a gold answer is a positive,
 *       every other candidate a negative;</li>
 *   <li>against the corpus without its gold paragraph: every candidate is a negative (the real
 *       "not found" case: the question's answer is not in the archive).</li>
 * </ol>
 */
public final class TrainingRows {
    /**
     * One question asked once; immutable by convention.
     *
     * @param set        the set's name
     * @param paragraph  the gold paragraph's id
     * @param heldOut    true when the paragraph is held out ({@link HeldOut})
     * @param answerable false for the ask without the gold paragraph
     * @param rows       candidate rows kept by the first stage
     * @param labels     1 for a sentence holding a gold answer in the gold paragraph, per row
     */
    public record Ask(String set, String paragraph, boolean heldOut, boolean answerable,
                      List<float[]> rows, int[] labels) {
        public boolean hasPositive() {
            for (int l : labels) {
                if (l == 1) {
                    return true;
                }
            }
            return false;
        }
    }

    private TrainingRows() {
    }

    /**
     * @param prefilter candidates per ask kept for the model (a generous number: {@code train} picks the
     *                  smaller one the answerer keeps)
     */
    public static List<Ask> of(String set, ExtractiveAnswerer answerer, List<EvalQuestion> questions, int topK,
                               int prefilter, PrintStream progress) {
        List<Ask> asks = new ArrayList<>();
        int done = 0;
        for (EvalQuestion eq : questions) {
            if (eq.question().isBlank() || eq.goldArticleId() == null) {
                continue;
            }
            Question q = answerer.parse(eq.question(), List.of(), topK);
            float[] vector = answerer.embed(q);
            boolean heldOut = HeldOut.isHeldOut(eq.goldArticleId());
            asks.add(ask(set, eq, q, vector, answerer.candidates(q, topK), prefilter, heldOut, true));
            asks.add(ask(set, eq, q, vector, answerer.candidates(q, topK, eq.goldArticleId()), prefilter, heldOut, false));
            if (++done % 200 == 0) {
                progress.printf("%s: %d/%d questions%n", set, done, questions.size());
            }
        }
        return asks;
    }

    /**
     * As {@link #of}, but kept in {@code work}: read from there when this set and these features were
     * asked before, written there otherwise.
     */
    public static List<Ask> cached(java.nio.file.Path work, EvalSet set, String setSha, ExtractiveAnswerer answerer,
                                   int topK, int prefilter, PrintStream progress) {
        String key = setSha + "|" + SentenceFeatures.NAMES + "|" + topK + "|" + prefilter + "|" + HeldOut.PERCENT;
        java.nio.file.Path file = RowCache.file(work, set.name(), key);
        var cached = RowCache.read(file);
        if (cached.isPresent()) {
            progress.printf("%s: %d asks read from %s%n", set.name(), cached.get().size(), file);
            return cached.get();
        }
        List<Ask> asks = of(set.name(), answerer, set.questions(), topK, prefilter, progress);
        RowCache.write(file, asks);
        return asks;
    }

    private static Ask ask(String set, EvalQuestion eq, Question q, float[] vector, List<Candidate> candidates,
                           int prefilter, boolean heldOut, boolean answerable) {
        List<SentenceFeatures.Row> rows = SentenceFeatures.rows(q, vector, candidates, prefilter);
        List<String> gold = eq.any().stream().map(a -> squash(TextFold.fold(a))).filter(a -> !a.isEmpty()).toList();
        int[] labels = new int[rows.size()];
        List<float[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Candidate c = rows.get(i).candidate();
            String text = squash(TextFold.fold(c.text()));
            labels[i] = c.articleId().equals(eq.goldArticleId()) && gold.stream().anyMatch(text::contains) ? 1 : 0;
            values.add(rows.get(i).values());
        }
        return new Ask(set, eq.goldArticleId(), heldOut, answerable, values, labels);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
