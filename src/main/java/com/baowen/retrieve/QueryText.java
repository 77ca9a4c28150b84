package com.baowen.retrieve;

import com.baowen.InvalidInputException;

/**
 * The one length rule for questions and search queries, in code points (what a reader counts as
 * characters: an emoji or a CJK Extension B character is one, not two UTF-16 units).
 */
public final class QueryText {
    /** Longest question or query, in code points. */
    public static final int MAX_CODE_POINTS = 2000;

    private QueryText() {
    }

    /** Length in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Checks a question or query: not blank, at most {@link #MAX_CODE_POINTS} code points.
     *
     * @param field what the text is called in the error message ({@code question}, {@code q}, {@code query})
     * @return the text
     * @throws InvalidInputException naming the field and the length it got
     */
    public static String check(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field + " must not be blank, got " + (text == null ? "nothing" : "a blank one"));
        }
        int n = length(text);
        if (n > MAX_CODE_POINTS) {
            throw new InvalidInputException(field + " must be at most " + MAX_CODE_POINTS + " characters, got " + n);
        }
        return text;
    }

    /**
     * A retrieval query made of earlier context and the question: the question whole, preceded by as
     * much of the context as still fits in {@link #MAX_CODE_POINTS}. Context is dropped from its
     * start, the oldest part, so a valid question is never refused because of what came before it.
     *
     * @param context  earlier text (e.g. the previous question); may be empty
     * @param question the question, at most {@link #MAX_CODE_POINTS} code points
     */
    public static String withContext(String context, String question) {
        int room = MAX_CODE_POINTS - length(question) - 1; // one for the joining space
        if (context == null || context.isBlank() || room <= 0) {
            return question;
        }
        String c = context.strip();
        int extra = length(c) - room;
        if (extra > 0) {
            c = c.substring(c.offsetByCodePoints(0, extra)).strip();
        }
        return c.isEmpty() ? question : c + " " + question;
    }
}
