package com.baowen.answer;

import java.util.List;
import java.util.Map;

/**
 * Every constant of the answer stage, each with how it was measured, loaded with the ranker model
 * it belongs to ({@code answer-ranker.json} beside the model); immutable. {@code train} writes it.
 *
 * @param model        file name of the XGBoost model beside this record
 * @param features     the feature names, in the order the model reads them ({@link SentenceFeatures#NAMES})
 * @param prefilter    candidates kept per question by the cheap first stage (cosine + term shares) for the model
 * @param notFound     below this probability of the best sentence, "not found"
 * @param joinRatio    another sentence joins the answer when its probability is at least this share of the best's
 * @param adjacentRatio a sentence next to one already in the answer joins at this (lower) share of the best's
 *                     ({@link SentencePicker}); a record without it (older models) uses {@code joinRatio}
 * @param maxSentences most sentences in one answer
 * @param training     how the model was made: data, split, learner parameters
 * @param measured     figures measured while training, on data the model did not fit (out of fold, held out)
 */
public record Tuning(String model, List<String> features, Constant prefilter, Constant notFound,
                     Constant joinRatio, Constant adjacentRatio, Constant maxSentences, Map<String, Object> training,
                     Map<String, Object> measured) {
    public Tuning {
        if (adjacentRatio == null && joinRatio != null) {
            adjacentRatio = new Constant(joinRatio.value(), "not in this record: the join ratio");
        }
    }

    /**
     * One tuned value; immutable.
     *
     * @param value the value
     * @param how   how it was chosen and on what data
     */
    public record Constant(double value, String how) {
    }
}
