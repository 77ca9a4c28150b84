package com.baowen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns scored sentences into an {@link Answer}: the best sentence, then others the ranker finds
 * nearly as likely ({@link Tuning#joinRatio()}), up to {@link Tuning#maxSentences()}, each followed by
 * {@code [n]} and cited verbatim with its offsets and the answering entity highlighted; or, when
 * the best sentence's probability is under {@link Tuning#notFound()}, a short "not found" message
 * with related articles to browse. Stateless and thread-safe.
 */
public final class AnswerComposer {
    /** Most related articles listed with a "not found". */
    static final int MAX_RELATED = 3;
    /** Longest part of the question quoted back in a "not found" message, in characters. */
    private static final int QUOTE_CHARS = 40;

    private final Tuning tuning;

    public AnswerComposer(Tuning tuning) {
        this.tuning = tuning;
    }

    /** @param scored candidates, best first */
    public Answer compose(Question question, List<Scored> scored) {
        if (scored.isEmpty() || scored.get(0).score() < tuning.notFound().value()) {
            return notFound(question, scored);
        }
        List<Scored> picks = pick(scored);
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

    /** The best sentence, then the next ones while they reach the join ratio of the best probability. */
    private List<Scored> pick(List<Scored> scored) {
        Scored best = scored.get(0);
        List<Scored> picks = new ArrayList<>(List.of(best));
        double bar = Math.max(tuning.notFound().value(), tuning.joinRatio().value() * best.score());
        for (Scored s : scored.subList(1, scored.size())) {
            if (picks.size() >= (int) tuning.maxSentences().value() || s.score() < bar) {
                break;
            }
            picks.add(s);
        }
        return picks;
    }

    private Answer notFound(Question question, List<Scored> scored) {
        Map<String, Scored> related = new LinkedHashMap<>();
        for (Scored s : scored) {
            if (related.size() >= MAX_RELATED) {
                break;
            }
            if (s.lexical() > 0) {
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
