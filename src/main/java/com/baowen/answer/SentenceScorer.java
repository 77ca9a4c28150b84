package com.baowen.answer;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores candidate sentences for a question by three signals, combined linearly:
 * <ol>
 *   <li>semantic: cosine of the question's and the sentence's embeddings (sentence vectors come from the index);</li>
 *   <li>lexical: the question's key terms found in the sentence, each weighted by its rarity among the
 *       candidates. A term in the article's title counts in full (the whole article is about it, so
 *       it cannot tell the article's sentences apart); one only in the previous sentence counts 0.3;</li>
 *   <li>fit: whether the sentence holds what is asked (a number with the unit asked for, a date, a person, a place).</li>
 * </ol>
 * Weights were chosen on the dev sets (seeds-dev, CMRC 2018 trial): see the README. Stateless and thread-safe.
 */
public final class SentenceScorer {
    static final double W_SEMANTIC = 0.20;
    static final double W_LEXICAL = 0.45;
    static final double W_FIT = 0.15;
    /** Share of a term's weight earned when it is only in the sentence before. */
    static final double PREVIOUS_CREDIT = 0.3;
    /** Fit of any sentence for a question that asks for no particular kind of thing. */
    static final double NEUTRAL_FIT = 0.5;

    private SentenceScorer() {
    }

    /** @return all candidates scored, best first */
    public static List<Scored> score(Question question, float[] queryVector, List<Candidate> candidates) {
        List<String> folded = candidates.stream().map(c -> TextFold.fold(c.text())).toList();
        Map<String, Double> weights = termWeights(question, folded);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, String> articles = articleTexts(candidates, folded);
        Map<String, Double> articleLexical = new HashMap<>();
        Map<String, Boolean> namesFound = new HashMap<>();
        articles.forEach((id, text) -> {
            articleLexical.put(id, share(text, weights, total));
            namesFound.put(id, question.names().stream().allMatch(text::contains));
        });
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String text = folded.get(i);
            String title = TextFold.fold(c.title());
            String previous = TextFold.fold(c.previous());
            double found = 0;
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                String term = w.getKey();
                if (text.contains(term) || title.contains(term)) {
                    found += w.getValue();
                } else if (previous.contains(term)) {
                    found += PREVIOUS_CREDIT * w.getValue();
                }
            }
            double lexical = total == 0 ? 0 : found / total;
            boolean vectors = queryVector != null && c.vector() != null;
            double semantic = vectors ? dot(queryVector, c.vector()) : 0;
            Span span = AnswerSpans.find(question, c.text());
            double fit = question.type() == QuestionType.OTHER ? NEUTRAL_FIT : span == null ? 0 : span.fit();
            // without sentence vectors (another backend) the other two signals carry the whole weight
            double score = vectors
                    ? W_SEMANTIC * semantic + W_LEXICAL * lexical + W_FIT * fit
                    : (W_SEMANTIC + W_LEXICAL + W_FIT) * (W_LEXICAL * lexical + W_FIT * fit) / (W_LEXICAL + W_FIT);
            score -= shortPenalty(c.text());
            scored.add(new Scored(c, lexical, articleLexical.get(c.articleId()), namesFound.get(c.articleId()), semantic, span, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /** Headlines and fragments rarely answer anything. */
    private static double shortPenalty(String text) {
        int n = text.length();
        return n >= 12 ? 0 : 0.1 * (12 - n) / 12.0;
    }

    /** Per article, its folded title and candidate sentences, one per line. */
    private static Map<String, String> articleTexts(List<Candidate> candidates, List<String> folded) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            texts.computeIfAbsent(c.articleId(), id -> new StringBuilder(TextFold.fold(c.title())).append('\n'))
                    .append(folded.get(i)).append('\n');
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((id, text) -> out.put(id, text.toString()));
        return out;
    }

    /** The weighted share of the terms found in {@code text}. */
    private static double share(String text, Map<String, Double> weights, double total) {
        double found = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            if (text.contains(w.getKey())) {
                found += w.getValue();
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Each term's weight: its boost times an inverse document frequency over the candidate sentences. */
    private static Map<String, Double> termWeights(Question question, List<String> folded) {
        Map<String, Double> weights = new HashMap<>();
        int n = folded.size();
        for (Term t : question.terms()) {
            int df = 0;
            for (String s : folded) {
                if (s.contains(t.text())) {
                    df++;
                }
            }
            double idf = Math.log(1 + (n + 1.0) / (df + 0.5));
            weights.merge(t.text(), t.boost() * idf, Math::max);
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
