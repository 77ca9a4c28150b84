package com.baowen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores candidate sentences for a question with the learned {@link AnswerRanker}: features
 * ({@link SentenceFeatures}) in, each sentence's score out ({@link AnswerRanker#rank}), with the
 * highlight a {@link SpanPicker} chooses. Thread-safe.
 */
public final class SentenceScorer {
    private static final int UNIT_MATCH = SentenceFeatures.NAMES.indexOf("unitMatch");
    private final AnswerRanker ranker;
    private final SpanPicker spans;
    private final SentenceEntities entities = new SentenceEntities(SentenceEntities.DEFAULT_CAPACITY);

    /** @param spans chooses each sentence's highlight */
    public SentenceScorer(AnswerRanker ranker, SpanPicker spans) {
        this.ranker = ranker;
        this.spans = spans;
    }

    /**
     * @return the candidates the first stage kept, scored, best first, then the best one's neighbours it dropped
     * ({@link #unscoredNeighbours}), and whether they answer at all
     */
    public Evidence score(Question question, float[] queryVector, List<Candidate> candidates) {
        List<SentenceFeatures.Row> rows = SentenceFeatures.rows(question, queryVector, candidates,
                (int) ranker.tuning().prefilter().value(), entities::of);
        AnswerRanker.Ranking ranking = ranker.rank(rows.stream().map(SentenceFeatures.Row::values).toList());
        double[] p = ranking.scores();
        int[] shown = spans.pick(rows.stream().map(SentenceFeatures.Row::options).toList());
        List<Scored> scored = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SentenceFeatures.Row r = rows.get(i);
            Entity e = shown[i] < 0 ? null : r.options().get(shown[i]).entity();
            scored.add(new Scored(r.candidate(), r.lexical(), r.semantic(), e == null ? null : new Span(e.start(), e.end()), p[i],
                    r.values()[UNIT_MATCH] != 0)); // NaN: no unit asked
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (!scored.isEmpty()) {
            scored.addAll(unscoredNeighbours(question, scored, candidates));
        }
        return new Evidence(scored, ranking.answerable());
    }

    /** How far before and after the best sentence its neighbours are kept when the first stage dropped them. */
    private static final int NEIGHBOURS_BEFORE = 2;
    private static final int NEIGHBOURS_AFTER = 1;

    /**
     * The best sentence's neighbours (two before, one after) that the first stage dropped, scored 0: no picking takes
     * them, but the composer's joins may — the sentence naming whom the best one's 他 means, the year its 同年 follows,
     * the title its 它 stands for — and it can only join a sentence it has.
     */
    static List<Scored> unscoredNeighbours(Question question, List<Scored> scored, List<Candidate> candidates) {
        Candidate best = scored.get(0).candidate();
        List<Scored> out = new ArrayList<>();
        for (Candidate c : candidates) {
            int step = c.index() - best.index();
            if (c.articleId().equals(best.articleId()) && step != 0 && step >= -NEIGHBOURS_BEFORE && step <= NEIGHBOURS_AFTER
                    && scored.stream().noneMatch(s -> s.candidate() == c)) {
                out.add(new Scored(c, 0, 0, null, 0, question.unit() == null));
            }
        }
        return out;
    }
}
