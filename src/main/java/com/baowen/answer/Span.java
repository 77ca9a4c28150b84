package com.baowen.answer;

/**
 * A stretch of a sentence that answers the question (an entity of the kind asked); offsets relative
 * to the sentence; immutable.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {
}
