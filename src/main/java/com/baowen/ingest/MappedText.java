package com.baowen.ingest;

import java.util.Arrays;

/** Cleaned text under construction that remembers, per character, its offset in the source file; not thread-safe. */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];

    void append(char c, int sourceOffset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = sourceOffset;
        text.append(c);
    }

    void append(MappedText other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.text.charAt(i), other.offsets[i]);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The last character, or 0 when empty. */
    char last() {
        return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }

    SourceMap sourceMap() {
        return new SourceMap(Arrays.copyOf(offsets, text.length()));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
