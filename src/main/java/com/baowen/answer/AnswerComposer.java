package com.baowen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns scored sentences into an {@link Answer}: the one to three best sentences, each followed by
 * {@code [n]} and cited verbatim with its offsets; or, when the evidence is weak, a short "not found"
 * message with related articles to browse. Stateless and thread-safe.
 */
public final class AnswerComposer {
    /** Most sentences in one answer. */
    static final int MAX_SENTENCES = 3;
    /** Most related articles listed with a "not found". */
    static final int MAX_RELATED = 3;
    /** A second sentence joins the answer when it scores at least this share of the best one. */
    static final double SECOND_RATIO = 0.80;
    /** A third one, at least this share. */
    static final double THIRD_RATIO = 0.90;
    /** The same, for questions about several things. */
    static final double PLURAL_RATIO = 0.70;
    /**
     * For questions about several things, the best sentence of another article joins when it scores
     * this share of the best one and its cosine is at least {@link #OTHER_ARTICLE_SEMANTIC} of the best's
     * (another article may tell the same kind of story in other words: 快递员 for 劳动者).
     */
    static final double OTHER_ARTICLE_RATIO = 0.50;
    static final double OTHER_ARTICLE_SEMANTIC = 0.90;
    /** Longest part of the question quoted back in a "not found" message, in characters. */
    private static final int QUOTE_CHARS = 40;

    private final NoAnswerThreshold threshold;

    public AnswerComposer(NoAnswerThreshold threshold) {
        this.threshold = threshold;
    }

    /** @param scored candidates, best first */
    public Answer compose(Question question, List<Scored> scored) {
        if (scored.isEmpty() || !threshold.answers(scored.get(0))) {
            return notFound(question, scored);
        }
        List<Scored> picks = pick(question, scored);
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Scored s : picks) {
            Candidate c = s.candidate();
            int n = citations.size() + 1;
            int[] highlight = s.span() == null ? null : new int[]{c.start() + s.span().start(), c.start() + s.span().end()};
            citations.add(new Citation(n, c.articleId(), c.title(), c.source(), c.text(), c.start(), c.end(), highlight, round(s.score())));
            text.append(forReading(c.text())).append('[').append(n).append(']');
        }
        return new Answer(text.toString(), false, citations, 0);
    }

    /**
     * The best sentence, then up to two more nearly as good (a looser bar for a question about
     * several things, "哪些地方"). On CMRC 2018 trial the best sentence alone holds the gold answer
     * for ~80% of questions, the best two for ~86%.
     */
    private static List<Scored> pick(Question question, List<Scored> scored) {
        Scored best = scored.get(0);
        List<Scored> picks = new ArrayList<>(List.of(best));
        if (question.plural()) {
            // first the best sentence of each other article that is as much on topic, then more of the same articles
            for (Scored s : scored) {
                if (picks.size() < MAX_SENTENCES && s.score() >= OTHER_ARTICLE_RATIO * best.score()
                        && s.semantic() >= OTHER_ARTICLE_SEMANTIC * best.semantic() && isNewArticle(s, picks)) {
                    picks.add(s);
                }
            }
            addNearlyAsGood(scored, picks, PLURAL_RATIO * best.score(), PLURAL_RATIO * best.score());
        } else {
            // when the best sentence holds exactly what is asked (kind and unit), others must too
            boolean exact = isExact(best);
            List<Scored> eligible = exact ? scored.stream().filter(AnswerComposer::isExact).toList() : scored;
            addNearlyAsGood(eligible, picks, SECOND_RATIO * best.score(), THIRD_RATIO * best.score());
        }
        return picks;
    }

    private static boolean isExact(Scored s) {
        return s.span() != null && s.span().fit() >= 1.0;
    }

    private static boolean isNewArticle(Scored s, List<Scored> picks) {
        return picks.stream().noneMatch(p -> p.candidate().articleId().equals(s.candidate().articleId()));
    }

    /** Adds the next best sentences while they reach {@code secondBar} (for the second) and {@code thirdBar} (the third). */
    private static void addNearlyAsGood(List<Scored> scored, List<Scored> picks, double secondBar, double thirdBar) {
        for (Scored s : scored) {
            if (picks.size() >= MAX_SENTENCES || s.score() < (picks.size() == 1 ? secondBar : thirdBar)) {
                return;
            }
            if (!picks.contains(s)) {
                picks.add(s);
            }
        }
    }

    private Answer notFound(Question question, List<Scored> scored) {
        Map<String, Scored> related = new LinkedHashMap<>();
        for (Scored s : scored) {
            if (related.size() >= MAX_RELATED) {
                break;
            }
            if (s.lexical() >= threshold.relatedLexical()) {
                related.putIfAbsent(s.candidate().articleId(), s);
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (Scored s : related.values()) {
            Candidate c = s.candidate();
            citations.add(new Citation(citations.size() + 1, c.articleId(), c.title(), c.source(), c.text(),
                    c.start(), c.end(), null, round(s.score())));
        }
        String quoted = question.text().strip();
        if (quoted.length() > QUOTE_CHARS) {
            quoted = quoted.substring(0, QUOTE_CHARS) + "…";
        }
        String message = "已收录的文章中没有找到“" + quoted + "”的答案。"
                + (citations.isEmpty() ? "" : "下面几篇文章内容相近，可供查阅。");
        return new Answer(message, true, citations, 0);
    }

    /** The sentence as read in the answer: OCR line breaks and stray spaces between Chinese characters removed. */
    static String forReading(String sentence) {
        String s = sentence.replaceAll("\\s*[\\r\\n]+\\s*", "");
        return s.replaceAll("(?<=[\\p{IsHan}，。、；：“”])\\s+|\\s+(?=[\\p{IsHan}，。、；：“”])", "");
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
