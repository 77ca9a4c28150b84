package com.baowen.answer;

import com.ibm.icu.text.Transliterator;

/**
 * Folds text for matching: traditional Chinese to simplified, full-width ASCII to half-width,
 * Latin letters to lower case. Thread-safe.
 */
public final class TextFold {
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private TextFold() {
    }

    /** The folded form of {@code text}, used only for matching (never shown, never used for offsets). */
    public static String fold(String text) {
        String simplified;
        // ICU transliterators keep internal buffers; one at a time is cheap enough for questions and sentences
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
        return widthAndCase(simplified);
    }

    /**
     * Full-width ASCII (U+FF01..U+FF5E) to half-width and upper to lower case; keeps the length, so
     * offsets found in the result are offsets in {@code text}.
     */
    public static String widthAndCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') { // ideographic space
                c = ' ';
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }
}
