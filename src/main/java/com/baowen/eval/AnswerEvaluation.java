package com.baowen.eval;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Scores an {@link Answerer} on a question set, as the chat endpoint would answer:
 * <ul>
 *   <li>grounded: the answer contains the expected text (one of {@code any}, or all of {@code all}) and a
 *       citation from the gold file (or gold article) has a snippet containing it;</li>
 *   <li>contains: the answer contains the expected text, cited or not (for SQuAD sets: a gold answer);</li>
 *   <li>gold cited: a citation is from the gold file or article;</li>
 *   <li>highlight on gold: of the answers that contain the expected text and carry a highlight (the
 *       entity, number or date shown as the answer; only questions asking a date, number, person or
 *       place get one), those where a citation's highlight and an expected text overlap, one holding
 *       the other;</li>
 *   <li>not-found accuracy on {@code none} questions, and false "not found" on answerable ones;</li>
 *   <li>answer length: the mean characters of the answers given to answerable questions, citation marks
 *       aside (an answer that takes more sentences holds gold more often: this says at what length);</li>
 *   <li>answer latency p50/p95, after a short warm-up.</li>
 * </ul>
 * Text is compared with white space removed. Blank questions are skipped and counted.
 */
public final class AnswerEvaluation {
    /** Questions answered once before measuring, so that latency is warm. */
    static final int WARM_UP = 50;

    /**
     * What one run measured; immutable.
     *
     * @param answerable questions with an expected answer
     * @param grounded   answerable questions answered with the expected text from a gold citation
     * @param contains   answerable questions whose answer contains the expected text
     * @param goldCited  answerable questions with a citation from the gold file or article
     * @param highlighted     of the {@code contains} ones, those with a highlight in a citation
     * @param highlightOnGold of the {@code contains} ones, those whose highlight and an expected text overlap
     * @param falseNotFound answerable questions answered "not found"
     * @param none       questions the corpus does not answer
     * @param noneNotFound those answered "not found", as they should be
     * @param meanAnswerChars mean characters (code points) of the answers to answerable questions not answered
     *                        "not found", {@code [n]} marks removed; 0 without any
     * @param noneByKind of the {@code none} questions that name a {@link EvalQuestion#kind}, by kind in the set's order:
     *                   how many were answered "not found" and how many were asked (empty when none names one)
     * @param misses     ids of answerable questions not grounded, and of {@code none} questions answered anyway
     * @param missed     the same questions with what was answered, to read the kind of each failure
     */
    public record Result(String label, int answerable, int grounded, int contains, int goldCited, int highlighted,
                         int highlightOnGold, int falseNotFound,
                         int none, int noneNotFound, Map<String, Refused> noneByKind, int blank, double meanAnswerChars,
                         double p50Ms, double p95Ms, List<String> misses, List<Miss> missed) {
        public Result {
            noneByKind = Collections.unmodifiableMap(new LinkedHashMap<>(noneByKind));
            misses = List.copyOf(misses);
            missed = List.copyOf(missed);
        }

        /** Every miss, one block each: what was asked and expected, what was answered and how sure. */
        public String formatMisses() {
            StringBuilder out = new StringBuilder();
            for (Miss m : missed) {
                out.append(String.format(Locale.ROOT, "%s  %s%s%n  Q: %s%n  expected: %s%n  A: %s%n", m.id(),
                        m.noAnswer() ? "not found" : m.holdsGold() ? "answered, holds gold from another article" : "answered",
                        // a "not found" cites related articles, not its best sentence (one sharing no word with the
                        // question is never listed): their first one's score is no measure of how near the bar it was
                        Double.isNaN(m.score()) ? "" : String.format(Locale.ROOT, m.noAnswer() ? ", first related %.3f"
                                : ", best %.3f", m.score()),
                        m.question(), m.expected().isEmpty() ? "not found (none)" : String.join(" | ", m.expected()),
                        m.answer()));
            }
            return out.toString();
        }

        public double groundedRate() {
            return rate(grounded, answerable);
        }

        public double containsRate() {
            return rate(contains, answerable);
        }

        /**
         * The Wilson score interval at 95 % of the rate of answers that hold gold, for what a set of this size can
         * tell apart (153 questions: 92.2 % is 86.8–95.5 %); empty without answerable questions.
         */
        public Optional<ConfidenceInterval> containsInterval() {
            return answerable == 0 ? Optional.empty()
                    : Optional.of(new WilsonScoreInterval().createInterval(answerable, contains, 0.95));
        }

        public double goldCitedRate() {
            return rate(goldCited, answerable);
        }

        public double highlightOnGoldRate() {
            return rate(highlightOnGold, highlighted);
        }

        public double falseNotFoundRate() {
            return rate(falseNotFound, answerable);
        }

        public double noneAccuracy() {
            return rate(noneNotFound, none);
        }

        /** A few lines for the terminal. */
        public String format() {
            return String.format(Locale.ROOT, """
                    %s: %d answerable, %d not answerable, %d blank skipped
                      grounded answers     %5.1f%% (%d/%d)
                      answer contains gold %5.1f%% (%d/%d)%s
                      gold cited           %5.1f%% (%d/%d)
                      highlight on gold    %5.1f%% (%d/%d answers holding gold with a highlight)
                      answer length        %.0f characters on average (answers to answerable questions)
                      false "not found"    %5.1f%% (%d/%d)
                      noAnswer on "none"   %5.1f%% (%d/%d)%s
                      chat latency         p50 %.1f ms, p95 %.1f ms
                      misses               %s
                    """, label, answerable, none, blank,
                    100 * groundedRate(), grounded, answerable, 100 * containsRate(), contains, answerable,
                    containsInterval().map(i -> String.format(Locale.ROOT, ", 95%% interval %.1f–%.1f%%",
                            100 * i.getLowerBound(), 100 * i.getUpperBound())).orElse(""),
                    100 * goldCitedRate(), goldCited, answerable,
                    100 * highlightOnGoldRate(), highlightOnGold, highlighted, meanAnswerChars, 100 * falseNotFoundRate(), falseNotFound, answerable,
                    100 * noneAccuracy(), noneNotFound, none, byKind(), p50Ms, p95Ms,
                    misses.size() > 30 ? misses.subList(0, 30) + " …" : misses);
        }

        /** A line "by kind  later edition 1/5, …" under the "none" one when the set names kinds, else "". */
        private String byKind() {
            if (noneByKind.isEmpty()) {
                return "";
            }
            return "\n    by kind          " + String.join(", ", noneByKind.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().refused() + "/" + e.getValue().asked()).toList());
        }

        private static double rate(int n, int of) {
            return of == 0 ? 0 : (double) n / of;
        }
    }

    /** Of the questions a corpus does not answer, of one kind: how many were answered "not found", of how many. */
    public record Refused(int refused, int asked) {
    }

    /**
     * A question answered wrongly; immutable.
     *
     * @param expected the strings the answer had to hold (empty for a {@code none} question)
     * @param answer   the answer's text, cut at {@link #MISS_ANSWER_CHARS} characters
     * @param score    the first citation's probability, NaN without one
     * @param holdsGold the answer holds what was expected but cites no sentence of the question's own article (an
     *                 archive may report one fact in several items: right, but not grounded)
     */
    public record Miss(String id, String question, List<String> expected, boolean noAnswer, double score, String answer,
                       boolean holdsGold) {
        public Miss {
            expected = List.copyOf(expected);
        }
    }

    private static final int MISS_ANSWER_CHARS = 160;
    /** A citation mark in an answer's text. */
    private static final Pattern CITATION_MARK = Pattern.compile("\\[\\d+]");
    /** The marks CMRC 2018's evaluation script leaves out before comparing an answer with the gold one. */
    private static final Pattern COMPARED_WITHOUT = Pattern.compile("[-:_*^/\\\\~`+=，。：？！“”；’《》·、「」（）－～『』]");

    private AnswerEvaluation() {
    }

    private static Miss miss(EvalQuestion q, Answer a) {
        return miss(q, a, false);
    }

    private static Miss miss(EvalQuestion q, Answer a, boolean holdsGold) {
        List<String> expected = q.none() ? List.of() : q.all().isEmpty() ? q.any() : q.all();
        String text = a.answer().replace('\n', ' ');
        return new Miss(q.id(), q.question(), expected, a.noAnswer(),
                a.citations().isEmpty() ? Double.NaN : a.citations().get(0).score(),
                text.length() > MISS_ANSWER_CHARS ? text.substring(0, MISS_ANSWER_CHARS) + "…" : text, holdsGold);
    }

    /**
     * @param label     name of the set, for the report
     * @param answerer  what to evaluate
     * @param questions the set's questions
     * @param topK      articles per answer, 1..20
     */
    public static Result run(String label, Answerer answerer, List<EvalQuestion> questions, int topK) {
        return run(label, () -> answerer, questions, topK);
    }

    /**
     * As {@link #run(String, Answerer, List, int)}, but the warm-up and the measured run each take a new
     * answerer from {@code answerers}, so that nothing the warm-up cached (question vectors) makes the
     * measured latency look better than a first question's.
     */
    public static Result run(String label, Supplier<Answerer> answerers, List<EvalQuestion> questions, int topK) {
        Answerer warmUp = answerers.get();
        questions.stream().filter(q -> !q.question().isBlank()).limit(WARM_UP)
                .forEach(q -> warmUp.answer(q.question(), List.of(), topK));
        Answerer answerer = answerers.get();
        int answerable = 0, grounded = 0, contains = 0, goldCited = 0, falseNotFound = 0, none = 0, noneNotFound = 0, blank = 0;
        int highlighted = 0, highlightOnGold = 0;
        long answerChars = 0;
        List<Miss> missed = new ArrayList<>();
        Map<String, Refused> byKind = new LinkedHashMap<>();
        long[] nanos = new long[questions.size()];
        int measured = 0;
        for (EvalQuestion q : questions) {
            if (q.question().isBlank()) {
                blank++;
                continue;
            }
            long t0 = System.nanoTime();
            Answer a = answerer.answer(q.question(), List.of(), topK);
            nanos[measured++] = System.nanoTime() - t0;
            if (q.none()) {
                none++;
                if (q.kind() != null) {
                    byKind.merge(q.kind(), new Refused(a.noAnswer() ? 1 : 0, 1),
                            (x, y) -> new Refused(x.refused() + y.refused(), x.asked() + y.asked()));
                }
                if (a.noAnswer()) {
                    noneNotFound++;
                } else {
                    missed.add(miss(q, a));
                }
                continue;
            }
            answerable++;
            if (a.noAnswer()) {
                falseNotFound++;
                missed.add(miss(q, a));
                continue;
            }
            String unmarked = CITATION_MARK.matcher(a.answer()).replaceAll("");
            answerChars += unmarked.codePointCount(0, unmarked.length());
            boolean cited = a.citations().stream().anyMatch(c -> isGold(q, c));
            boolean has = containsExpected(q, a);
            boolean isGrounded = isGrounded(q, a);
            contains += has ? 1 : 0;
            if (has) {
                highlighted += a.citations().stream().anyMatch(c -> c.highlight() != null) ? 1 : 0;
                highlightOnGold += highlightOnGold(q, a) ? 1 : 0;
            }
            goldCited += cited ? 1 : 0;
            grounded += isGrounded ? 1 : 0;
            if (!isGrounded) {
                missed.add(miss(q, a, has));
            }
        }
        long[] ns = Arrays.copyOf(nanos, measured);
        return new Result(label, answerable, grounded, contains, goldCited, highlighted, highlightOnGold, falseNotFound,
                none, noneNotFound, byKind, blank, answerable == falseNotFound ? 0 : (double) answerChars / (answerable - falseNotFound),
                Latencies.percentileMillis(ns, 50), Latencies.percentileMillis(ns, 95),
                missed.stream().map(Miss::id).toList(), missed);
    }

    /** The answer contains one of {@code any} or all of {@code all}. */
    static boolean containsExpected(EvalQuestion q, Answer a) {
        if (!q.all().isEmpty()) {
            return q.all().stream().allMatch(e -> holds(a.answer(), e));
        }
        return q.any().stream().anyMatch(e -> holds(a.answer(), e));
    }

    /** Each expected text the answer needs is in the answer and in the snippet of a gold citation. */
    static boolean isGrounded(EvalQuestion q, Answer a) {
        if (!q.all().isEmpty()) {
            return q.all().stream().allMatch(e -> holds(a.answer(), e) && inGoldSnippet(q, a, e));
        }
        return q.any().stream().anyMatch(e -> holds(a.answer(), e) && inGoldSnippet(q, a, e));
    }

    /** A citation's highlight and one of the expected texts overlap: one holds the other, compared as {@link #squash} does. */
    static boolean highlightOnGold(EvalQuestion q, Answer a) {
        List<String> expected = q.all().isEmpty() ? q.any() : q.all();
        for (Citation c : a.citations()) {
            int[] h = c.highlight();
            if (h == null) {
                continue;
            }
            String shown = c.snippet().substring(h[0] - c.start(), h[1] - c.start());
            for (String e : expected) {
                if (holds(shown, e) || holds(e, shown)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inGoldSnippet(EvalQuestion q, Answer a, String expected) {
        for (Citation c : a.citations()) {
            if (isGold(q, c) && holds(c.snippet(), expected)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds {@code expected}, both {@link #squash squashed}; an expected text of nothing but marks
     * is looked for with its marks, and an empty one is never held.
     */
    static boolean holds(String text, String expected) {
        String e = squash(expected);
        if (!e.isEmpty()) {
            return squash(text).contains(e);
        }
        String marks = spaceless(expected);
        return !marks.isEmpty() && spaceless(text).contains(marks);
    }

    private static boolean isGold(EvalQuestion q, Citation c) {
        return c.articleId().equals(q.goldArticleId()) || c.source().equals(q.goldSource());
    }

    /**
     * A text as CMRC 2018's evaluation script compares texts (its {@code remove_punctuation}): lower case, without
     * white space or its punctuation marks, so a gold answer that took the previous sentence's full stop ("。甲乙…"), or
     * "lakeside foods" for "Lakeside Foods", still counts.
     */
    static String squash(String s) {
        return COMPARED_WITHOUT.matcher(spaceless(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String spaceless(String s) {
        return s.replaceAll("\\s+", "");
    }
}
