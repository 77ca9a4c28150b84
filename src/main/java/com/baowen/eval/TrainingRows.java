package com.baowen.eval;

import com.baowen.answer.Candidate;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.answer.Question;
import com.baowen.answer.QuestionType;
import com.baowen.answer.SentenceFeatures;
import com.baowen.answer.TextFold;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feature rows for training the answer ranker from a reading-comprehension set whose paragraphs are
 * indexed: each question is asked up to five times, as the answerer would ask it —
 * <ol>
 *   <li>against the whole corpus: a sentence of the gold paragraph is a positive when it holds a gold
 *       answer, or a part of one that runs over at most {@link #MAX_RANGE} consecutive sentences (the
 *       answer then needs them together, {@link Ask#goldRanges()}); every other candidate a negative;</li>
 *   <li>against the corpus without its gold paragraph: every candidate is a negative (the real
 *       "not found" case: the question's answer is not in the archive);</li>
 *   <li>against the whole corpus with the sentences that hold a gold answer taken out of their
 *       paragraph (and of every other): the archive has the topic but not what is asked, the kind of
 *       unanswerable question a reader of news asks most. {@code train} does not fit on these; it
 *       measures how many of them are refused;</li>
 *   <li>when the question asks for a date, number, person or place ({@link QuestionType}): against the
 *       whole corpus with the gold answers' text cut out of every sentence ({@link #withoutSpans}). The
 *       sentence the question was written from is still there, only the fact asked is gone — as when a
 *       news question asks for a figure the report does not give. Measured the same way, not fitted.</li>
 *   <li>when the question names years its gold paragraph names ({@link #periodShifted}): with those years moved
 *       past the paragraph's last, asked afresh against the whole corpus — the archive reports the topic for
 *       other years, not the one asked, as when a reader asks for 2024's figure of a page that gives 2023's.</li>
 * </ol>
 * The sentence models fit on the first two; the answerability model on all of them.
 */
public final class TrainingRows {
    /** Longest run of consecutive sentences a gold answer may need (the answer's most sentences). */
    static final int MAX_RANGE = 3;

    /**
     * One question asked once; immutable by convention.
     *
     * @param set        the set's name
     * @param paragraph  the gold paragraph's id
     * @param question   the question as asked
     * @param heldOut    true when the paragraph is held out ({@link HeldOut})
     * @param kind       how the question was asked
     * @param rows       candidate rows kept by the first stage
     * @param labels     1 for a sentence of the gold paragraph inside one of {@code goldRanges}, per row
     * @param goldRank   the gold paragraph's article rank among the candidates (the rows' {@code articleRank}), or -1
     * @param goldRanges the shortest runs of consecutive sentences of the gold paragraph, {@code [first, last]}
     *                   positions, whose text holds a gold answer (most {@link #MAX_RANGE} long); {@code null}
     *                   for asks made up without them, where a positive row alone holds the answer
     */
    public record Ask(String set, String paragraph, String question, boolean heldOut, Kind kind,
                      List<float[]> rows, int[] labels, int goldRank, int[][] goldRanges) {
        /** An ask whose positive rows each hold the answer alone. */
        public Ask(String set, String paragraph, String question, boolean heldOut, boolean answerable, List<float[]> rows,
                   int[] labels) {
            this(set, paragraph, question, heldOut, answerable ? Kind.ANSWERABLE : Kind.OTHER_PARAGRAPH, rows, labels, -1, null);
        }

        /** Whether the question asks for a reason, a way, a list or a definition ({@link QuestionType#asksForPassage}). */
        public boolean asksForPassage() {
            return QuestionType.asksForPassage(TextFold.fold(question));
        }

        /** Whether the corpus asked holds the answer. */
        public boolean answerable() {
            return kind == Kind.ANSWERABLE;
        }

        public boolean hasPositive() {
            for (int l : labels) {
                if (l == 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How a question was asked (in this order in the row cache: the first two were once a boolean). */
    public enum Kind {
        /** Against the corpus without its gold paragraph. */
        OTHER_PARAGRAPH,
        /** Against the whole corpus. */
        ANSWERABLE,
        /** Against the whole corpus without the sentences that hold a gold answer. */
        NEAR_TOPIC,
        /** Against the whole corpus with the gold answers' text cut out of every sentence (questions asking for an entity). */
        SPAN_REMOVED,
        /** Against the whole corpus with the question's years moved past every year its gold paragraph names. */
        PERIOD_SHIFTED
    }

    /** A year as the sets write it: four digits before 年. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{4})(?=\\s*年)");

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
            List<Candidate> all = answerer.candidates(q, topK);
            asks.add(ask(set, eq, q, vector, all, prefilter, heldOut, Kind.ANSWERABLE));
            asks.add(ask(set, eq, q, vector, answerer.candidates(q, topK, eq.goldArticleId()), prefilter, heldOut,
                    Kind.OTHER_PARAGRAPH));
            if (all.stream().anyMatch(c -> c.articleId().equals(eq.goldArticleId()))) {
                asks.add(ask(set, eq, q, vector, withoutAnswer(all, eq.goldArticleId(), gold(eq)), prefilter, heldOut, Kind.NEAR_TOPIC));
                if (q.type() != QuestionType.OTHER) {
                    asks.add(ask(set, eq, q, vector, withoutSpans(all, gold(eq)), prefilter, heldOut, Kind.SPAN_REMOVED));
                }
                String shifted = periodShifted(eq.question(), goldText(all, eq.goldArticleId()));
                if (shifted != null) {
                    Question qs = answerer.parse(shifted, List.of(), topK);
                    asks.add(ask(set, eq, qs, answerer.embed(qs), answerer.candidates(qs, topK), prefilter, heldOut,
                            Kind.PERIOD_SHIFTED));
                }
            }
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
        String key = setSha + "|" + SentenceFeatures.NAMES + "|" + topK + "|" + prefilter + "|" + HeldOut.PERCENT
                + "|ranges" + MAX_RANGE + "|v" + SentenceFeatures.VERSION
                + "|schema" + com.baowen.index.IndexMetadata.SCHEMA_VERSION + "|kinds" + java.util.Arrays.toString(Kind.values())
                + "|question"; // the kinds by name: rows of another kind in the same place are not reused
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
                           int prefilter, boolean heldOut, Kind kind) {
        List<SentenceFeatures.Row> rows = SentenceFeatures.rows(q, vector, candidates, prefilter);
        List<String> gold = gold(eq);
        List<Candidate> paragraph = paragraph(candidates, eq.goldArticleId());
        // a period-shifted question asks what the gold sentences do not say: none of them answers it
        int[][] ranges = kind == Kind.PERIOD_SHIFTED ? new int[0][] : goldRanges(paragraph, gold);
        int goldRank = paragraph.isEmpty() ? -1 : paragraph.get(0).articleRank();
        int[] labels = new int[rows.size()];
        List<float[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Candidate c = rows.get(i).candidate();
            labels[i] = c.articleId().equals(eq.goldArticleId()) && inside(c.index(), ranges) ? 1 : 0;
            values.add(rows.get(i).values());
        }
        String asked = kind == Kind.PERIOD_SHIFTED ? q.text() : eq.question();
        return new Ask(set, eq.goldArticleId(), asked, heldOut, kind, values, labels, goldRank, ranges);
    }

    /** The text of article {@code articleId} as the candidates carry it, or "" when none of them is of it. */
    static String goldText(List<Candidate> candidates, String articleId) {
        return candidates.stream().filter(c -> c.articleId().equals(articleId)).findFirst()
                .map(Candidate::articleText).orElse("");
    }

    /**
     * The question with each year it names (four digits before 年) moved past the last year {@code paragraph} names —
     * the first after it, then the next, that the paragraph's text does not hold anywhere — or {@code null} when the
     * question names no year or one the paragraph does not name (then the question is not about the paragraph's
     * years). Past the last, not next to the one asked, so that no span the paragraph gives (1998年至2002年) covers it.
     * Folded as the answerer folds.
     */
    static String periodShifted(String question, String paragraph) {
        String q = TextFold.fold(question);
        String text = TextFold.fold(paragraph);
        TreeSet<Integer> named = new TreeSet<>();
        Matcher p = YEAR.matcher(text);
        while (p.find()) {
            named.add(Integer.parseInt(p.group(1)));
        }
        Set<String> asked = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(q);
        while (m.find()) {
            asked.add(m.group(1));
        }
        if (asked.isEmpty() || !asked.stream().allMatch(y -> named.contains(Integer.parseInt(y)))) {
            return null;
        }
        int next = named.last();
        String out = q;
        for (String y : asked) {
            do {
                next++;
            } while (text.contains(Integer.toString(next)));
            out = out.replaceAll("(?<![0-9])" + y + "(?=\\s*年)", Integer.toString(next));
        }
        return out;
    }

    /** The candidates of one article, in text order. */
    private static List<Candidate> paragraph(List<Candidate> candidates, String articleId) {
        return candidates.stream().filter(c -> c.articleId().equals(articleId))
                .sorted(Comparator.comparingInt(Candidate::index)).toList();
    }

    static List<String> gold(EvalQuestion eq) {
        return eq.any().stream().map(a -> squash(TextFold.fold(a))).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * The candidates as if no text held a gold answer: the gold paragraph's sentences inside a gold run
     * ({@link #goldRanges}) are dropped, and so is any other sentence that holds a gold answer; a
     * neighbour that holds one reads as absent, and the article text loses the dropped sentences.
     */
    static List<Candidate> withoutAnswer(List<Candidate> candidates, String goldArticle, List<String> gold) {
        int[][] ranges = goldRanges(paragraph(candidates, goldArticle), gold);
        Predicate<Candidate> dropped = c -> c.articleId().equals(goldArticle) && inside(c.index(), ranges)
                || holds(squash(TextFold.fold(c.text())), gold);
        Set<String> gone = new HashSet<>();
        candidates.stream().filter(dropped).forEach(c -> gone.add(c.text()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (dropped.test(c)) {
                continue;
            }
            String article = c.articleText();
            for (String text : gone) {
                article = article.replace(text, "");
            }
            out.add(new Candidate(c.articleId(), c.title(), c.source(), c.articleRank(), c.articleDate(), c.index(),
                    c.count(), c.start(), c.end(), c.text(), c.vector(), cleared(c.previous(), gone, gold),
                    cleared(c.next(), gone, gold), article));
        }
        return out;
    }

    /**
     * The candidates with every gold answer's text cut out of their sentences, neighbours and articles:
     * the sentence that matches the question is still there, the fact asked is not. The sentence
     * vectors stay those of the whole sentences (the index's), so the cosine still knows a little of
     * the answer: the measure errs towards answering.
     */
    static List<Candidate> withoutSpans(List<Candidate> candidates, List<String> gold) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(new Candidate(c.articleId(), c.title(), c.source(), c.articleRank(), c.articleDate(), c.index(),
                    c.count(), c.start(), c.end(), cut(c.text(), gold), c.vector(), cut(c.previous(), gold),
                    cut(c.next(), gold), cut(c.articleText(), gold)));
        }
        return out;
    }

    /** {@code text} without the occurrences of {@code gold} (folded answers) in its folded form. */
    private static String cut(String text, List<String> gold) {
        String out = text;
        for (String g : gold) {
            int at;
            while (!g.isEmpty() && (at = TextFold.fold(out).indexOf(g)) >= 0) {
                out = out.substring(0, at) + out.substring(at + g.length());
            }
        }
        return out;
    }

    private static String cleared(String neighbour, Set<String> gone, List<String> gold) {
        return gone.contains(neighbour) || holds(squash(TextFold.fold(neighbour)), gold) ? "" : neighbour;
    }

    /**
     * The shortest runs of at most {@link #MAX_RANGE} consecutive sentences whose text (folded, white
     * space removed) holds one of the gold answers, as {@code [first, last]} sentence positions.
     *
     * @param paragraph the gold paragraph's sentences, in text order
     * @param gold      the gold answers, folded and without white space
     */
    static int[][] goldRanges(List<Candidate> paragraph, List<String> gold) {
        List<int[]> out = new ArrayList<>();
        int n = paragraph.size();
        String[] text = paragraph.stream().map(c -> squash(TextFold.fold(c.text()))).toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(n, i + MAX_RANGE); j++) {
                if (j > i && paragraph.get(j).index() != paragraph.get(j - 1).index() + 1) {
                    break; // a sentence left out in between (filtered by period): not a run
                }
                run.append(text[j]);
                if (holds(run.toString(), gold)) {
                    // shortest: without its first sentence it must no longer hold one (without its last it did not)
                    if (j == i || !holds(run.substring(text[i].length()), gold)) {
                        out.add(new int[]{paragraph.get(i).index(), paragraph.get(j).index()});
                    }
                    break;
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    private static boolean holds(String text, List<String> gold) {
        return gold.stream().anyMatch(text::contains);
    }

    private static boolean inside(int index, int[][] ranges) {
        for (int[] r : ranges) {
            if (r[0] <= index && index <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
