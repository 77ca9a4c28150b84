package com.baowen.answer;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ranker knows about a candidate sentence, in two stages. Stateless and thread-safe.
 * <ol>
 *   <li>cheap, for every candidate: cosine with the question (and of its neighbours), the share of
 *       the question's key terms (the index analyzer's words, weighted by rarity among the
 *       candidates) in the sentence, its title, its neighbours and its article, and of their
 *       character bigrams; only the best {@code prefilter} by cosine + term shares go on;</li>
 *   <li>for those: the entities HanLP finds in the sentence — of the kind the question asks for and
 *       not already in the question, numbers with the unit asked for, dates in the period asked —
 *       and the article's date against that period; position, length, ranks; the term and bigram
 *       shares of the sentence before and after it (an answer often follows or precedes the sentence
 *       that repeats the question); the longest run of characters shared with the question, its and
 *       its neighbours'; the weighted share of the question's words, bigrams and characters that the
 *       title (the topic) lacks found in the sentence; the question's slot: where the words before and
 *       after its question word sit in the sentence, the gap between them and whether an entity of the
 *       kind asked fills it ({@link #slot}).</li>
 * </ol>
 */
public final class SentenceFeatures {
    /**
     * Changes whenever a feature is computed differently (not only when one is added), so that rows
     * {@code train} kept from an earlier computation are not reused. 2: the question's unit and the
     * entities next to a "?" as HanLP should see them. 3: periods read from parts of a year (前5个月,
     * 上半年, 一季度). 4: the question's slot. 5: the slot's words after may start up to two characters in.
     * 6: 几年 after an era (西元几年) or before 时 asks a year (DATE), not a number. 7: the candidates of articles
     * about another numbered edition than the one asked are gone ({@link ExtractiveAnswerer#byEdition}). 8: so are
     * sentences naming the series only with other numbers; a month or part of a year without its year is the latest
     * begun by the article's date (dated articles only: the training sets are undated); a span of days is one period.
     * 9: a number is read with its quantifier ("86人", "5%", "30多人"; HanLP joins only some, "3.5亿元"), and a count
     * the name recognisers swallowed ("N家中央单位"/nt) is a number ({@link Entities}).
     */
    public static final int VERSION = 9;
    /** Feature names, in the order of a row; the model file records them and must match. */
    public static final List<String> NAMES = List.of(
            "semantic", "semanticGap", "semanticPrevious", "semanticNext",
            "terms", "termsGap", "bigrams", "titleTerms", "neighbourTerms", "articleTerms",
            "namesInArticle", "namesInSentence",
            "articleRank", "index", "relativeIndex", "length", "questionType", "questionTerms",
            "expected", "expectedFirst", "numbers", "dates", "unitMatch", "periodMatch", "articleDateMatch",
            "questionHasPeriod", "termsPrevious", "termsNext", "bigramsPrevious", "bigramsNext", "commonRun",
            "commonRunPrevious", "commonRunNext", "termsBeyondTitle", "bigramsBeyondTitle", "charsBeyondTitle",
            "prefilterRank", "slotLeft", "slotRight", "slotGap", "slotExpected");

    /**
     * One candidate's features; immutable by convention.
     *
     * @param candidate the sentence
     * @param values    the row, {@link #NAMES} order, NaN where unknown (no vectors, no date)
     * @param lexical   share of key terms in the sentence
     * @param semantic  cosine with the question, 0 without vectors
     * @param options   the entities that may be the highlight ({@link SpanFeatures#options}): a
     *                  {@link SpanPicker} chooses among them
     */
    public record Row(Candidate candidate, float[] values, double lexical, double semantic,
                      List<SpanFeatures.Option> options) {
        public Row {
            options = List.copyOf(options);
        }
    }

    private SentenceFeatures() {
    }

    /**
     * @param queryVector the question's unit vector, or {@code null}
     * @param prefilter   how many candidates stage 2 sees, >= 1
     * @return rows of the best {@code prefilter} candidates by the cheap score, best first
     */
    public static List<Row> rows(Question question, float[] queryVector, List<Candidate> candidates, int prefilter) {
        return rows(question, queryVector, candidates, prefilter, c -> Entities.of(c.text()));
    }

    /** As {@link #rows(Question, float[], List, int)}, with the sentences' entities from {@code entities}. */
    public static List<Row> rows(Question question, float[] queryVector, List<Candidate> candidates, int prefilter,
                                 java.util.function.Function<Candidate, List<Entity>> entities) {
        int n = candidates.size();
        String[] text = new String[n];
        for (int i = 0; i < n; i++) {
            text[i] = TextFold.fold(candidates.get(i).text());
        }
        Map<String, Double> weights = termWeights(question.terms().stream().map(Term::text).toList(), question, text);
        List<String> bigrams = bigrams(question);
        Map<String, Double> bigramWeights = termWeights(bigrams, null, text);
        Map<String, String> articles = articleTexts(candidates, text);
        SpanFeatures.Asked spanAsked = SpanFeatures.asked(question);
        String asked = spanAsked.asked(); // the folded question without its closing punctuation
        Map<String, Double> charWeights = termWeights(hanChars(asked), null, text);

        double[] semantic = new double[n];
        double[] terms = new double[n];
        double[] cheap = new double[n];
        boolean vectors = queryVector != null;
        double maxSemantic = 0;
        double maxTerms = 0;
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            vectors &= c.vector() != null;
            semantic[i] = queryVector != null && c.vector() != null ? dot(queryVector, c.vector()) : 0;
            terms[i] = share(text[i], weights);
            cheap[i] = semantic[i] + terms[i] + share(text[i], bigramWeights);
            maxSemantic = Math.max(maxSemantic, semantic[i]);
            maxTerms = Math.max(maxTerms, terms[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cheap[i]).reversed());
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(prefilter, n); r++) {
            int i = order[r];
            Candidate c = candidates.get(i);
            String title = TextFold.fold(c.title());
            String neighbours = TextFold.fold(c.previous()) + "\n" + TextFold.fold(c.next());
            String article = articles.get(c.articleId());
            float[] v = new float[NAMES.size()];
            Arrays.fill(v, Float.NaN);
            int k = 0;
            v[k++] = vectors ? (float) semantic[i] : Float.NaN;
            v[k++] = vectors ? (float) (maxSemantic - semantic[i]) : Float.NaN;
            v[k++] = vectors ? neighbourCosine(queryVector, candidates, i, -1) : Float.NaN;
            v[k++] = vectors ? neighbourCosine(queryVector, candidates, i, +1) : Float.NaN;
            v[k++] = (float) terms[i];
            v[k++] = (float) (maxTerms - terms[i]);
            v[k++] = (float) share(text[i], bigramWeights);
            v[k++] = (float) share(title, weights);
            v[k++] = (float) shareOnlyIn(neighbours, text[i], weights);
            v[k++] = (float) share(article, weights);
            v[k++] = (float) found(question.names(), article);
            v[k++] = (float) found(question.names(), text[i]);
            v[k++] = c.articleRank();
            v[k++] = c.index();
            v[k++] = c.count() <= 1 ? 0 : (float) c.index() / (c.count() - 1);
            v[k++] = c.text().length();
            v[k++] = question.type().ordinal();
            v[k++] = question.terms().size();

            List<Entity> tagged = entities.apply(c);
            int expected = 0;
            int numbers = 0;
            int dates = 0;
            Entity first = null;
            boolean unit = false;
            for (Entity e : tagged) {
                String folded = text[i].substring(e.start(), e.end());
                if (question.folded().contains(folded)) {
                    continue; // what the question already says does not answer it
                }
                numbers += e.kind() == Entity.Kind.NUMBER ? 1 : 0;
                dates += e.kind() == Entity.Kind.DATE ? 1 : 0;
                // a duration is in the unit asked too ("几年" → "二十年", which reads as a date)
                boolean fits = Entities.inUnit(e.kind(), folded, question.unit());
                if (question.type().expects(e.kind())) {
                    expected++;
                    if (first == null || fits && !unit) {
                        first = e;
                    }
                }
                unit |= fits;
            }
            unit |= Entities.saysInUnit(text[i], question.unit(), question.folded());
            v[k++] = expected;
            v[k++] = first == null ? -1 : first.start() / (float) Math.max(1, c.text().length());
            v[k++] = numbers;
            v[k++] = dates;
            v[k++] = question.unit() == null ? Float.NaN : unit ? 1 : 0;
            v[k++] = periodMatch(question, text[i], c);
            DateExpressions.Period period = question.periodFor(c.articleDate());
            v[k++] = period == null || c.articleDate() == null ? Float.NaN : period.contains(c.articleDate()) ? 1 : 0;
            v[k++] = period == null ? 0 : period.relative() ? 2 : 1;
            // the answer often sits next to the sentence that repeats the question's words
            String previous = c.previous().isEmpty() ? null : TextFold.fold(c.previous());
            String next = c.next().isEmpty() ? null : TextFold.fold(c.next());
            v[k++] = previous == null ? Float.NaN : (float) share(previous, weights);
            v[k++] = next == null ? Float.NaN : (float) share(next, weights);
            v[k++] = previous == null ? Float.NaN : (float) share(previous, bigramWeights);
            v[k++] = next == null ? Float.NaN : (float) share(next, bigramWeights);
            v[k++] = (float) commonRun(asked, text[i]);
            v[k++] = previous == null ? Float.NaN : (float) commonRun(asked, previous);
            v[k++] = next == null ? Float.NaN : (float) commonRun(asked, next);
            // what the question asks about its topic: the words the title (the topic) does not already hold
            v[k++] = (float) shareBeyond(text[i], weights, title);
            v[k++] = (float) shareBeyond(text[i], bigramWeights, title);
            v[k++] = (float) shareBeyond(text[i], charWeights, title);
            v[k++] = r;
            int[] slot = slot(asked, text[i]);
            v[k++] = slot[0];
            v[k++] = slot[1];
            v[k++] = slot[2] < 0 ? Float.NaN : slot[2];
            if (slot[2] < 0) {
                v[k++] = Float.NaN;
            } else {
                boolean in = false;
                for (Entity e : tagged) {
                    in |= question.type().expects(e.kind()) && e.start() < slot[3] + slot[2] && e.end() > slot[3];
                }
                v[k++] = in ? 1 : 0;
            }
            if (k != NAMES.size()) {
                throw new BaowenException("feature row has " + k + " values, expected " + NAMES.size());
            }
            // the highlight's options (not ranker features: the ranker was trained on the features above as they are)
            rows.add(new Row(c, v, terms[i], semantic[i], SpanFeatures.options(question, spanAsked, text[i], tagged)));
        }
        return rows;
    }

    /**
     * The longest run of characters the question and the sentence share, as a share of the question's
     * length, 0..1: a question that copies a phrase of its answer sentence (but not its answer).
     */
    static double commonRun(String question, String sentence) {
        int m = question.length();
        if (m == 0 || sentence.isEmpty()) {
            return 0;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int longest = 0;
        for (int j = 0; j < sentence.length(); j++) {
            char c = sentence.charAt(j);
            for (int i = 1; i <= m; i++) {
                current[i] = question.charAt(i - 1) == c ? previous[i - 1] + 1 : 0;
                longest = Math.max(longest, current[i]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return (double) longest / m;
    }

    /** Most characters of the question's words on either side of its question word looked for (not tuned). */
    private static final int SLOT_WORDS = 12;
    /** Most leading characters of the words after the question word that the sentence may lack (a particle, 时). */
    private static final int SLOT_SKIP = 2;
    /** Question words of every type: where a question leaves the slot its answer fills. */
    static final Pattern ASKING = Pattern.compile(
            "哪一?[个些位年里儿天家所座国种]?|什么|谁|多少|几|怎么?样?|如何|为什么|为何|何[时地处人]");

    /**
     * Where the question's words around its question word sit in the sentence: the longest end of the
     * words before it found in the sentence (characters), the longest run of the words after it, starting
     * at one of their first three characters, found after that, the characters between the two (-1 unless both are found, at least two characters
     * each) and where that gap starts: the sentence the question was written from, with its answer in
     * the gap.
     *
     * @param asked    the folded question, without its closing punctuation
     * @param sentence the folded sentence
     * @return {left characters found, right characters found, gap or -1, where the left ones end or -1}
     */
    static int[] slot(String asked, String sentence) {
        Matcher m = ASKING.matcher(asked);
        if (!m.find()) {
            return new int[]{0, 0, -1, -1};
        }
        String left = asked.substring(0, m.start()).replaceAll("[\\p{P}\\s]+", "");
        String right = asked.substring(m.end()).replaceAll("[\\p{P}\\s]+|[吗呢]$", "");
        int leftLength = 0;
        int leftEnd = -1;
        for (int l = Math.min(SLOT_WORDS, left.length()); l >= 2; l--) {
            int at = sentence.indexOf(left.substring(left.length() - l));
            if (at >= 0) {
                leftLength = l;
                leftEnd = at + l;
                break;
            }
        }
        int rightLength = 0;
        int rightStart = -1;
        // the words after may start a character or two later in the sentence: "哪一年时更改为" / "1978年开始改为"
        for (int skip = 0; skip <= SLOT_SKIP && skip < right.length(); skip++) {
            for (int l = Math.min(SLOT_WORDS, right.length() - skip); l >= 2 && l > rightLength; l--) {
                int at = sentence.indexOf(right.substring(skip, skip + l), Math.max(0, leftEnd));
                if (at >= 0) {
                    rightLength = l;
                    rightStart = at;
                    break;
                }
            }
        }
        int gap = leftEnd >= 0 && rightStart >= 0 ? rightStart - leftEnd : -1;
        return new int[]{leftLength, rightLength, gap, leftEnd};
    }

    /** 1 when the sentence names a period overlapping the question's, 0 when it names only others, NaN without one. */
    static float periodMatch(Question q, String folded, Candidate c) {
        DateExpressions.Period asked = q.periodFor(c.articleDate());
        if (asked == null) {
            return Float.NaN;
        }
        List<DateExpressions.Period> periods = DateExpressions.periods(folded, c.articleDate());
        if (periods.isEmpty()) {
            return Float.NaN;
        }
        return periods.stream().anyMatch(p -> p.overlaps(asked)) ? 1 : 0;
    }

    private static float neighbourCosine(float[] q, List<Candidate> candidates, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= candidates.size()) {
            return Float.NaN;
        }
        Candidate c = candidates.get(i);
        Candidate d = candidates.get(j);
        if (!d.articleId().equals(c.articleId()) || d.index() != c.index() + step || d.vector() == null) {
            return Float.NaN;
        }
        return (float) dot(q, d.vector());
    }

    /** Character bigrams of the question's terms: robust where segmentation splits a name differently. */
    private static List<String> bigrams(Question q) {
        List<String> out = new ArrayList<>();
        for (Term t : q.terms()) {
            String s = t.text();
            for (int i = 0; i + 2 <= s.length(); i++) {
                String b = s.substring(i, i + 2);
                if (!out.contains(b)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static double found(List<String> names, String text) {
        if (names.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (String n : names) {
            if (text.contains(TextFold.fold(n))) {
                found++;
            }
        }
        return (double) found / names.size();
    }

    /** Per article, its folded title and candidate sentences, one per line. */
    private static Map<String, String> articleTexts(List<Candidate> candidates, String[] folded) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            texts.computeIfAbsent(c.articleId(), id -> new StringBuilder(TextFold.fold(c.title())).append('\n'))
                    .append(folded[i]).append('\n');
        }
        Map<String, String> out = new HashMap<>();
        texts.forEach((id, t) -> out.put(id, t.toString()));
        return out;
    }

    /** The weighted share of the terms found in {@code text}, 0..1. */
    private static double share(String text, Map<String, Double> weights) {
        double found = 0;
        double total = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            total += w.getValue();
            if (text.contains(w.getKey())) {
                found += w.getValue();
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** The weighted share of the terms missing from {@code title} that {@code text} holds; NaN when the title holds them all. */
    static double shareBeyond(String text, Map<String, Double> weights, String title) {
        double found = 0;
        double total = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            if (title.contains(w.getKey())) {
                continue;
            }
            total += w.getValue();
            if (text.contains(w.getKey())) {
                found += w.getValue();
            }
        }
        return total == 0 ? Double.NaN : found / total;
    }

    /** The distinct Chinese characters of a text, in order: single characters like 根 or 叶 that the analyzer's words drop still count. */
    static List<String> hanChars(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && text.indexOf(c) == i) {
                out.add(String.valueOf(c));
            }
        }
        return out;
    }

    /** The weighted share of terms in {@code context} but not in {@code sentence}. */
    private static double shareOnlyIn(String context, String sentence, Map<String, Double> weights) {
        double found = 0;
        double total = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            total += w.getValue();
            if (!sentence.contains(w.getKey()) && context.contains(w.getKey())) {
                found += w.getValue();
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Each term's weight: its boost (1 for bigrams) times an inverse document frequency over the candidates. */
    private static Map<String, Double> termWeights(List<String> terms, Question boosts, String[] folded) {
        Map<String, Double> weights = new LinkedHashMap<>();
        int n = folded.length;
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            int df = 0;
            for (String s : folded) {
                if (s.contains(term)) {
                    df++;
                }
            }
            double boost = boosts == null ? 1 : boosts.terms().get(t).boost();
            weights.merge(term, boost * Math.log(1 + (n + 1.0) / (df + 0.5)), Math::max);
        }
        return weights;
    }

    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new BaowenException("vectors must have the same length, got " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
