package com.baowen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of the scored sentences an answer takes, and how they read together; stateless. The
 * composer answers with it and {@code train} chooses its ratios with it, so both pick alike (the composer's own
 * joins by the text of a sentence — the one naming whom a pronoun means, a remark's speaker, an end asked — and its
 * refusals by unit, year or order come after, and {@code train}'s figures do not count them).
 * <ol>
 *   <li>the best sentence;</li>
 *   <li>then, while fewer than {@code max}, the most likely of the rest that reaches its bar:
 *       {@code joinRatio} × the best score, or the lower {@code adjacentRatio} × the best for a
 *       sentence right before or after one already taken in the same article (an answer that runs
 *       over a sentence boundary, or whose sentence leans on its neighbour); never under the
 *       "not found" bar, or for such a neighbour under {@code adjacentFloor};</li>
 *   <li>the picks of one article with consecutive positions read as one passage (one citation), in
 *       text order; passages come in the order of their first pick.</li>
 * </ol>
 */
public final class SentencePicker {
    private SentencePicker() {
    }

    /**
     * @param scores        scores ({@link AnswerRanker#rank}), best first (non-increasing)
     * @param article       per sentence, a number telling its article apart from the others'
     * @param index         per sentence, its 0-based position in its article
     * @param bar           the "not found" bar: nothing under it is taken but a neighbour of a pick
     * @param adjacentFloor the least score of a sentence next to a pick (the bar itself, or lower for an
     *                      answer that reads as a passage: {@link Tuning#passage})
     * @param joinRatio     share of the best score another sentence needs, 0..1
     * @param adjacentRatio share a sentence next to a picked one needs, 0..1 (a higher one than
     *                      {@code joinRatio} counts as {@code joinRatio})
     * @param max           most sentences, >= 1
     * @return positions into the arrays of the picked sentences, in the order picked (empty without scores)
     */
    public static List<Integer> pick(double[] scores, int[] article, int[] index, double bar, double adjacentFloor,
                                     double joinRatio, double adjacentRatio, int max) {
        List<Integer> picks = new ArrayList<>();
        if (scores.length == 0) {
            return picks;
        }
        picks.add(0);
        double best = scores[0];
        boolean added = true;
        while (added && picks.size() < max) {
            added = false;
            for (int i = 1; i < scores.length; i++) {
                if (picks.contains(i)) {
                    continue;
                }
                boolean next = adjacent(i, picks, article, index);
                double floor = next ? adjacentFloor : bar;
                double ratio = next ? Math.min(adjacentRatio, joinRatio) : joinRatio;
                if (scores[i] >= Math.max(floor, ratio * best)) {
                    picks.add(i); // the most likely eligible one: scan again, a new pick makes new neighbours eligible
                    added = true;
                    break;
                }
            }
        }
        return picks;
    }

    /**
     * The picks grouped into passages: each a run of consecutive positions in one article, in text
     * order; passages in the order of their first pick.
     */
    public static List<List<Integer>> passages(List<Integer> picks, int[] article, int[] index) {
        List<List<Integer>> passages = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        for (int p : picks) {
            if (done.contains(p)) {
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(p));
            boolean grown = true;
            while (grown) {
                grown = false;
                for (int q : picks) {
                    if (!run.contains(q) && article[q] == article[p] && run.stream().anyMatch(r -> Math.abs(index[r] - index[q]) == 1)) {
                        run.add(q);
                        grown = true;
                    }
                }
            }
            run.sort(Comparator.comparingInt(r -> index[r]));
            done.addAll(run);
            passages.add(run);
        }
        return passages;
    }

    private static boolean adjacent(int i, List<Integer> picks, int[] article, int[] index) {
        for (int p : picks) {
            if (article[p] == article[i] && Math.abs(index[p] - index[i]) == 1) {
                return true;
            }
        }
        return false;
    }
}
