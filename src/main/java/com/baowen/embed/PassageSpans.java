package com.baowen.embed;

import com.baowen.chunk.Span;

import java.util.List;

/**
 * A passage to embed and character spans of it that want their own vector from the same forward pass;
 * immutable.
 *
 * @param text  the passage
 * @param spans ranges of {@code text}, each 0 <= start < end <= text.length()
 */
public record PassageSpans(String text, List<Span> spans) {
    public PassageSpans {
        spans = List.copyOf(spans);
    }
}
