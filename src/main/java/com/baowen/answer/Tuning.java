package com.baowen.answer;

import com.baowen.BaowenException;

import java.util.List;
import java.util.Map;

/**
 * Every constant of the answer stage, each with how it was measured, loaded with the ranker model
 * it belongs to ({@code answer-ranker.json} beside the model); immutable. {@code train} writes it.
 *
 * @param model        file name of the XGBoost model beside this record: the probability that a sentence
 *                     holds the answer (binary logistic)
 * @param orderModel   file name of the model that orders the sentences within each article (LambdaMART), or
 *                     {@code null} (older records): the probabilities order them ({@link AnswerRanker#rank})
 * @param features     the feature names, in the order the model reads them ({@link SentenceFeatures#NAMES})
 * @param prefilter    candidates kept per question by the cheap first stage (cosine + term shares) for the model
 * @param notFound     below this probability of the best sentence, "not found" (without an answerability model);
 *                     also the least score of any sentence that joins an answer
 * @param answerabilityModel file name of the model that tells, from all of a question's candidates, whether it is
 *                     answered at all ({@link AnswerabilityFeatures}), or {@code null} (older records): the best
 *                     probability against {@code notFound} tells
 * @param answerable   below this output of the answerability model, "not found"; {@code null} without one
 * @param joinRatio    another sentence joins the answer when its score is at least this share of the best's
 * @param adjacentRatio a sentence next to one already in the answer joins at this (lower) share of the best's
 *                     ({@link SentencePicker}); a record without it (older models) uses {@code joinRatio}
 * @param maxSentences most sentences in one answer
 * @param passage      how the answer to a question that asks for a reason, a way, a list or a definition
 *                     ({@link QuestionType#asksForPassage}) takes its sentences, chosen out of fold with the others'
 *                     ratios fixed; {@code null} (older records): as every other question's
 * @param dayReport    days after a one-day event that its news may be dated (a question naming the day
 *                     also searches those days); a record without it uses {@link #DAY_REPORT}
 * @param periodReport days after a longer period ends that its figures may be reported; a record without
 *                     it uses {@link #PERIOD_REPORT}
 * @param editionDepth how many times deeper a question naming a numbered edition searches for its report
 *                     ({@link Editions}); a record without it uses {@link #EDITION_DEPTH}
 * @param training     how the model was made: data, split, learner parameters
 * @param measured     figures measured while training, on data the model did not fit (out of fold, held out)
 */
public record Tuning(String model, String orderModel, List<String> features, Constant prefilter, Constant notFound,
                     String answerabilityModel, Constant answerable, Constant joinRatio, Constant adjacentRatio, Constant maxSentences,
                     Picking passage, Constant dayReport, Constant periodReport, Constant editionDepth,
                     Map<String, Object> training, Map<String, Object> measured) {
    /**
     * Measured on a news archive, not on the ranker's training data (which is undated): of the 33,328
     * "M月D日" the CCTV items before 2024-06 name, 79.9 % are at most 3 days older than their item.
     */
    public static final Constant DAY_REPORT = new Constant(3, "days after a one-day event its report may be dated: "
            + "79.9 % of the 33,328 'M月D日' named in the 64,220 CCTV items before 2024-06 are at most 3 days older "
            + "than their item (76.5 % at most 1; the rest spread over the year); ReportLagMeasure, test sources");
    /** Measured on the same archive: the 90th percentile of how long after month N a "1—N月" figure runs. */
    public static final Constant PERIOD_REPORT = new Constant(47, "days after a longer period ends that its figures "
            + "may be reported: 90th percentile of the 1,820 '1—N月' statistics in the same archive (median 25 days "
            + "after month N ends); ReportLagMeasure, test sources");

    /** Measured on the same archive: how many reports a series of numbered editions has. */
    public static final Constant EDITION_DEPTH = new Constant(4, "times deeper a question naming an edition searches: "
            + "at the default 5 articles, 20 hold every report of 84 % of the 121 series the 10k CCTV items before "
            + "2024-06 name in two editions or more (median 5 reports a series; 10 articles: 71 %, 40: 93 %); "
            + "src/test/resources/measure/edition_series.py");

    public Tuning {
        if ((answerabilityModel == null) != (answerable == null)) {
            throw new BaowenException("an answerability model and its bar go together, got model "
                    + answerabilityModel + " and bar " + answerable);
        }
        if (adjacentRatio == null && joinRatio != null) {
            adjacentRatio = new Constant(joinRatio.value(), "not in this record: the join ratio");
        }
        dayReport = dayReport == null ? DAY_REPORT : dayReport;
        periodReport = periodReport == null ? PERIOD_REPORT : periodReport;
        editionDepth = editionDepth == null ? EDITION_DEPTH : editionDepth;
    }

    /** How the answer to {@code question} takes its sentences. */
    public Picking picking(Question question) {
        if (passage != null && QuestionType.asksForPassage(question.folded())) {
            return passage;
        }
        return new Picking(joinRatio.value(), adjacentRatio.value(), notFound.value(), "the join and adjacent ratios");
    }

    /**
     * How an answer takes its sentences ({@link SentencePicker#pick}); immutable.
     *
     * @param joinRatio     another sentence joins at this share of the best score (and over the "not found" bar)
     * @param adjacentRatio a sentence next to one taken joins at this share of the best score
     * @param adjacentFloor the least score of such a neighbour (the "not found" bar, or lower)
     * @param how           how they were chosen and on what data
     */
    public record Picking(double joinRatio, double adjacentRatio, double adjacentFloor, String how) {
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
