package com.baowen.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of an article that get their own vector and that answers are made of: {@link SentenceSplitter}'s
 * sentences, joined where the splitter's cut falls inside one statement, so that each unit stands for a
 * statement. Stateless.
 *
 * <p>Joined, in this order:
 * <ol>
 *   <li>sentences that a bracket or quotation pair spans (a quoted remark of several sentences, a list in
 *   parentheses with "Hey! Say!" in it), when the pair closes on the same line within {@link #MAX_JOINED}
 *   characters;</li>
 *   <li>a clause ended by a semicolon and the clause after it, on the same line and within
 *   {@link #MAX_JOINED} characters (the splitter cuts at "；" so that chunks can pack finely; for an answer the
 *   clauses of one list belong together);</li>
 *   <li>very short sentences ("图为……", "（上接第一版）", a lone date), merged into the next (or the previous)
 *   one.</li>
 * </ol>
 */
public final class SentenceSpans {
    /** Sentences shorter than this, in characters, are merged into the next (or the previous) one. */
    public static final int MIN_CHARS = 8;
    /**
     * The longest unit that joining (steps 1 and 2) makes, in characters: longer joins are left as the splitter
     * cut them, so a stray quotation mark cannot swallow a paragraph. Chosen on the training part of CMRC 2018
     * trial and DRCD: the share of gold answers inside one unit is 92.9 % unjoined, 93.6 % at 120, 94.1 % at 200
     * and at 300 (DRCD's short answers: 100 % in every case); 200 is also the chunk size. Measured by
     * {@code AnswerUnitsMeasure} in the test sources.
     */
    public static final int MAX_JOINED = 200;
    private static final String OPENERS = "（(【[{《「『“‘〈";
    private static final String CLOSERS = "）)】]}》」』”’〉";

    private SentenceSpans() {
    }

    public static List<Span> of(String text) {
        return of(text, MAX_JOINED);
    }

    /** As {@link #of(String)} with another longest join (0: none), for measuring the choice of {@link #MAX_JOINED}. */
    static List<Span> of(String text, int maxJoined) {
        List<Span> out = new ArrayList<>();
        int pendingStart = -1;
        for (Span s : joined(text, SentenceSplitter.split(text), maxJoined)) {
            int start = pendingStart >= 0 ? pendingStart : s.start();
            if (s.end() - start < MIN_CHARS) {
                pendingStart = start;
                continue;
            }
            out.add(new Span(start, s.end()));
            pendingStart = -1;
        }
        if (pendingStart >= 0) {
            int end = text.stripTrailing().length();
            if (out.isEmpty()) {
                out.add(new Span(pendingStart, end));
            } else {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), end));
            }
        }
        return out;
    }

    /** Steps 1 and 2: the splitter's sentences joined where a pair spans them or a semicolon ends a clause. */
    private static List<Span> joined(String text, List<Span> sentences, int maxJoined) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int start = sentences.get(i).start();
            int j = i;
            while (true) {
                int k = pairClosedAt(text, start, sentences, j, maxJoined);
                if (k < 0 && endsWithSemicolon(text, sentences.get(j)) && j + 1 < sentences.size()
                        && joinable(text, start, sentences.get(j), sentences.get(j + 1), maxJoined)) {
                    k = j + 1;
                }
                if (k < 0) {
                    break;
                }
                j = k;
            }
            out.add(new Span(start, sentences.get(j).end()));
            i = j + 1;
        }
        return out;
    }

    /**
     * @return the index of the first sentence after {@code j} at whose end every pair opened since {@code start}
     * is closed, when that is on the same line and within {@code maxJoined}; -1 when no pair is open at the end
     * of sentence {@code j}, or it does not close so
     */
    private static int pairClosedAt(String text, int start, List<Span> sentences, int j, int maxJoined) {
        int depth = depth(text, start, sentences.get(j).end(), 0);
        if (depth <= 0) {
            return -1;
        }
        for (int k = j + 1; k < sentences.size(); k++) {
            if (!joinable(text, start, sentences.get(k - 1), sentences.get(k), maxJoined)) {
                return -1;
            }
            depth = depth(text, sentences.get(k - 1).end(), sentences.get(k).end(), depth);
            if (depth <= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The bracket depth after {@code text[from, to)}, starting at {@code depth}; a closer without an opener is ignored. */
    private static int depth(String text, int from, int to, int depth) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Whether {@code next} may join the unit that starts at {@code start} and ends with {@code last}. */
    private static boolean joinable(String text, int start, Span last, Span next, int maxJoined) {
        if (next.end() - start > maxJoined) {
            return false;
        }
        for (int i = last.end(); i < next.start(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithSemicolon(String text, Span s) {
        char c = text.charAt(s.end() - 1);
        return c == '；' || c == ';';
    }
}
