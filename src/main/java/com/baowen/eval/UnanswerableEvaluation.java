package com.baowen.eval;

import com.baowen.answer.Candidate;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.answer.Question;
import com.baowen.answer.QuestionType;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Asks a SQuAD-format set's questions the ways {@code train} does when the corpus does not answer them, through
 * the answer stage the product runs (the bundled ranker, its answerability verdict, the answer composed from them,
 * which also refuses one that lacks the unit asked for), and counts how many are refused ("not found"):
 * <ul>
 *   <li>other paragraph: against the corpus without the question's own paragraph;</li>
 *   <li>near topic: against the whole corpus with the sentences that hold a gold answer taken out (the archive
 *       has the topic, not what is asked);</li>
 *   <li>span removed, for questions asking a date, number, person or place: with the gold answers' text cut out of
 *       every sentence (the sentence the question was written from is there, the fact asked is not);</li>
 *   <li>period shifted, for questions naming years their paragraph names: those years moved past the paragraph's
 *       last ({@link TrainingRows#periodShifted}), asked afresh against the whole corpus (the archive reports the
 *       topic for other years).</li>
 * </ul>
 * The candidates are the answerer's own, changed as {@link TrainingRows} changes them. Stateless.
 */
public final class UnanswerableEvaluation {
    private UnanswerableEvaluation() {
    }

    /**
     * What one run counted; immutable.
     *
     * @param otherParagraph    asks without their paragraph, and of them refused
     * @param nearTopic         near-topic asks (questions whose gold paragraph was among the candidates), refused
     * @param spanRemoved       span-removed asks (of those, the ones asking an entity), refused
     * @param periodShifted     period-shifted asks (of those, the ones naming a year their paragraph names), refused
     */
    public record Result(int[] otherParagraph, int[] nearTopic, int[] spanRemoved, int[] periodShifted) {
        public String format() {
            return String.format(Locale.ROOT, """
                    unanswerable asks refused (the corpus changed per question as `train` does)
                      other paragraph     %s
                      near topic          %s
                      span removed        %s
                      period shifted      %s
                    """, share(otherParagraph), share(nearTopic), share(spanRemoved), share(periodShifted));
        }

        private static String share(int[] c) {
            return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", c[0] == 0 ? 0 : 100.0 * c[1] / c[0], c[1], c[0]);
        }
    }

    public static Result run(ExtractiveAnswerer answerer, List<EvalQuestion> questions, int topK, PrintStream progress) {
        int[] other = new int[2];
        int[] near = new int[2];
        int[] spans = new int[2];
        int[] shifted = new int[2];
        int done = 0;
        for (EvalQuestion eq : questions) {
            if (eq.question().isBlank() || eq.goldArticleId() == null || eq.none()) {
                continue;
            }
            Question q = answerer.parse(eq.question(), List.of(), topK);
            List<Candidate> all = answerer.candidates(q, topK);
            count(other, answerer, q, answerer.candidates(q, topK, eq.goldArticleId()));
            if (all.stream().anyMatch(c -> c.articleId().equals(eq.goldArticleId()))) {
                List<String> gold = TrainingRows.gold(eq);
                count(near, answerer, q, TrainingRows.withoutAnswer(all, eq.goldArticleId(), gold));
                if (q.type() != QuestionType.OTHER) {
                    count(spans, answerer, q, TrainingRows.withoutSpans(all, gold));
                }
                String moved = TrainingRows.periodShifted(eq.question(), TrainingRows.goldText(all, eq.goldArticleId()));
                if (moved != null) {
                    Question qs = answerer.parse(moved, List.of(), topK);
                    count(shifted, answerer, qs, answerer.candidates(qs, topK));
                }
            }
            if (++done % 200 == 0) {
                progress.printf("unanswerable asks: %d/%d questions%n", done, questions.size());
            }
        }
        return new Result(other, near, spans, shifted);
    }

    private static void count(int[] counts, ExtractiveAnswerer answerer, Question q, List<Candidate> candidates) {
        counts[0]++;
        counts[1] += answerer.refuses(q, answerer.evidence(q, candidates)) ? 1 : 0;
    }
}
