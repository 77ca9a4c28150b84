package com.baowen.ingest;

import java.util.Arrays;

/**
 * Maps each character position of an article's cleaned text to the character offset in the
 * source file it came from; immutable.
 */
public final class SourceMap {
    private final int[] offsets;

    /** @param offsets one source offset per cleaned-text character, non-decreasing is not required */
    public SourceMap(int[] offsets) {
        this.offsets = offsets.clone();
    }

    /** A map for text that is the source itself (e.g. a {@code .jsonl} article). */
    public static SourceMap identity(int length) {
        int[] o = new int[length];
        Arrays.setAll(o, i -> i);
        return new SourceMap(o);
    }

    /** This map with every source offset moved by {@code delta} characters (text read from a part of a larger text). */
    public SourceMap shifted(int delta) {
        int[] moved = offsets.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += delta;
        }
        return new SourceMap(moved);
    }

    /** True when every position maps to itself (the text is the source, as in a {@code .jsonl} article). */
    public boolean isIdentity() {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** The number of cleaned-text characters this map covers. */
    public int length() {
        return offsets.length;
    }

    /**
     * @param textPos position in the cleaned text, 0..length (length maps to just past the last character)
     * @return character offset in the source file
     */
    public int sourceOffset(int textPos) {
        if (textPos < 0 || textPos > offsets.length) {
            throw new IndexOutOfBoundsException("textPos must be between 0 and " + offsets.length + ", got " + textPos);
        }
        if (offsets.length == 0) {
            return 0;
        }
        return textPos == offsets.length ? offsets[offsets.length - 1] + 1 : offsets[textPos];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap other && Arrays.equals(offsets, other.offsets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(offsets);
    }
}
