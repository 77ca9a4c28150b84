package com.baowen.answer;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores candidate sentences for a question by three signals, combined linearly:
 * <ol>
 *   <li>semantic: cosine of the question's and the sentence's embeddings (sentence vectors come from the index);</li>
 *   <li>lexical: the question's key terms found in the sentence, each weighted by its rarity among the
 *       candidates (a term found only in the title or the previous sentence counts half);</li>
 *   <li>fit: whether the sentence holds what is asked (a number with the unit asked for, a date, a person, a place).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class SentenceScorer {
    static final double W_SEMANTIC = 0.40;
    static final double W_LEXICAL = 0.45;
    static final double W_FIT = 0.15;
    /** Articles further down the retrieval list lose this much per rank. */
    static final double RANK_PENALTY = 0.01;

    private SentenceScorer() {
    }

    /** @return all candidates scored, best first */
    public static List<Scored> score(Question question, float[] queryVector, List<Candidate> candidates) {
        List<String> foldedTexts = candidates.stream().map(c -> TextFold.fold(c.text())).toList();
        Map<String, Double> weights = termWeights(question, foldedTexts);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String folded = foldedTexts.get(i);
            double found = 0;
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                if (folded.contains(w.getKey())) {
                    found += w.getValue();
                } else if (c.context() != null && c.context().contains(w.getKey())) {
                    found += 0.5 * w.getValue();
                }
            }
            double lexical = total == 0 ? 0 : found / total;
            boolean vectors = queryVector != null && c.vector() != null;
            double semantic = vectors ? dot(queryVector, c.vector()) : 0;
            Span span = AnswerSpans.find(question, c.text());
            double fit = question.type() == QuestionType.OTHER ? 0.5 : span == null ? 0 : span.fit();
            // without sentence vectors (another backend) the other two signals carry the whole weight
            double score = vectors
                    ? W_SEMANTIC * semantic + W_LEXICAL * lexical + W_FIT * fit
                    : (W_LEXICAL * lexical + W_FIT * fit) / (W_LEXICAL + W_FIT);
            score -= RANK_PENALTY * Math.min(c.articleRank(), 10) + shortPenalty(c.text());
            scored.add(new Scored(c, lexical, semantic, span, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /** Headlines and fragments rarely answer anything. */
    private static double shortPenalty(String text) {
        int n = text.length();
        return n >= 12 ? 0 : 0.1 * (12 - n) / 12.0;
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
