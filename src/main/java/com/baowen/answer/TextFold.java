package com.baowen.answer;

import com.baowen.index.TextAnalysis;

/**
 * Folds text for matching: traditional Chinese to simplified (the index's own fold,
 * {@link TextAnalysis#fold}, applied character by character), full-width ASCII to half-width,
 * Latin letters to lower case. The result has the length of the input, so offsets found in it are
 * offsets in the input. Thread-safe.
 */
public final class TextFold {
    private TextFold() {
    }

    /** Builds the character table now rather than on the first question (about a second). */
    public static void warmUp() {
        fold("體");
    }

    /** The folded form of {@code text}, the same length as {@code text}. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    /**
     * Full-width ASCII (U+FF01..U+FF5E) to half-width and upper to lower case, without the
     * traditional-to-simplified step.
     */
    public static String widthAndCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = widthAndCase(text.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c >= Simplified.FIRST && c <= Simplified.LAST) {
            return Simplified.TABLE[c - Simplified.FIRST];
        }
        return widthAndCase(c);
    }

    private static char widthAndCase(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return Character.toLowerCase((char) (c - 0xFEE0));
        }
        if (c == '\u3000') { // ideographic space
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    /**
     * A per-character table of the index's fold over the CJK blocks, built once on first use: one
     * table look-up per character instead of a transform run per sentence (which cost ~20 ms per
     * question over the candidate sentences). Where the index's transform would map one character to
     * several, the character stays (offsets must hold).
     */
    private static final class Simplified {
        static final char FIRST = '\u3400';
        static final char LAST = '\uFAFF';
        static final char[] TABLE = build();

        private static char[] build() {
            char[] table = new char[LAST - FIRST + 1];
            for (int i = 0; i < table.length; i++) {
                char c = (char) (FIRST + i);
                String s = Character.isIdeographic(c) ? TextAnalysis.fold(String.valueOf(c)) : null;
                table[i] = s != null && s.length() == 1 ? s.charAt(0) : c;
            }
            return table;
        }
    }
}
