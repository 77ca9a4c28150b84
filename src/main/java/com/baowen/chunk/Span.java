package com.baowen.chunk;

/**
 * A range of characters in a text; immutable.
 *
 * @param start offset of the first character, inclusive
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The covered characters of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
