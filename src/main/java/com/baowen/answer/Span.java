package com.baowen.answer;

/**
 * A stretch of a sentence that may answer the question; offsets relative to the sentence; immutable.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 * @param fit   how well it fits what is asked, 0..1 (1: the kind and the unit asked for)
 */
public record Span(int start, int end, double fit) {
}
