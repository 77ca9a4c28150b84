package com.baowen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores candidate sentences for a question with the learned {@link AnswerRanker}: features
 * ({@link SentenceFeatures}) in, each sentence's score out ({@link AnswerRanker#scores}). Thread-safe.
 */
public final class SentenceScorer {
    private final AnswerRanker ranker;
    private final SentenceEntities entities = new SentenceEntities(SentenceEntities.DEFAULT_CAPACITY);

    public SentenceScorer(AnswerRanker ranker) {
        this.ranker = ranker;
    }

    /** @return the candidates the first stage kept, scored, best first */
    public List<Scored> score(Question question, float[] queryVector, List<Candidate> candidates) {
        List<SentenceFeatures.Row> rows = SentenceFeatures.rows(question, queryVector, candidates,
                (int) ranker.tuning().prefilter().value(), entities::of);
        double[] p = ranker.scores(rows.stream().map(SentenceFeatures.Row::values).toList());
        List<Scored> scored = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SentenceFeatures.Row r = rows.get(i);
            scored.add(new Scored(r.candidate(), r.lexical(), r.semantic(), r.span(), p[i]));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }
}
