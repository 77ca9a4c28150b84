package com.baowen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a language model's citation marks while its text streams in: a mark {@code [n]} that points
 * at one of the numbered snippets gets the number of that snippet in order of first citation (1, 2, …);
 * a mark that points at none is dropped. Text that may still become a mark ({@code "["}, {@code "[1"}) is
 * held back until it is decided, at most 4 characters, so what has been passed on never needs taking
 * back. Fed the whole text at once it gives the same result as fed piece by piece. Not thread-safe:
 * one answer at a time.
 */
final class CitationMarks {
    /** Digits a mark may have, as in {@code [999]}. */
    private static final int MAX_DIGITS = 3;

    private final List<Citation> snippets;
    /** Snippet number → number in the answer, in order of first citation. */
    private final Map<Integer, Integer> renumber = new LinkedHashMap<>();
    /** {@code "["} and up to {@link #MAX_DIGITS} digits not yet decided. */
    private final StringBuilder held = new StringBuilder();

    /** @param snippets the numbered snippets the model was given: {@code snippets.get(i)} is {@code [i+1]} */
    CitationMarks(List<Citation> snippets) {
        this.snippets = List.copyOf(snippets);
    }

    /** The answer's text with marks rewritten, or {@code null} when it cites no snippet. */
    static Answer rewrite(String text, List<Citation> snippets) {
        CitationMarks marks = new CitationMarks(snippets);
        String out = marks.push(text) + marks.finish();
        return marks.citedCount() == 0 ? null : new Answer(out, false, marks.cited(), 0);
    }

    /** Feeds the next piece of the model's text; returns what can be passed on now (may be empty). */
    String push(String piece) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (held.isEmpty()) {
                if (c == '[') {
                    held.append(c);
                } else {
                    out.append(c);
                }
            } else if (c >= '0' && c <= '9' && held.length() <= MAX_DIGITS) {
                held.append(c);
            } else if (c == ']' && held.length() > 1) {
                out.append(mark(Integer.parseInt(held, 1, held.length(), 10)));
                held.setLength(0);
            } else {
                out.append(held);
                held.setLength(0);
                if (c == '[') {
                    held.append(c);
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** The end of the text: what was held back is plain text after all. */
    String finish() {
        String rest = held.toString();
        held.setLength(0);
        return rest;
    }

    int citedCount() {
        return renumber.size();
    }

    /** The snippets cited so far, numbered as the rewritten text cites them. */
    List<Citation> cited() {
        List<Citation> citations = new ArrayList<>();
        renumber.forEach((oldN, newN) -> {
            Citation c = snippets.get(oldN - 1);
            citations.add(new Citation(newN, c.articleId(), c.title(), c.source(), c.snippet(), c.start(), c.end(), c.highlight(), c.score()));
        });
        return citations;
    }

    private String mark(int n) {
        if (n < 1 || n > snippets.size()) {
            return "";
        }
        return "[" + renumber.computeIfAbsent(n, k -> renumber.size() + 1) + "]";
    }
}
