package com.baowen.retrieve;

/**
 * One sentence of an article with its passage vector, computed at index time so the answer stage
 * can score sentences without embedding them per query; immutable by convention (do not change
 * the array).
 *
 * @param start  offset of the sentence's first character in the article text
 * @param end    offset just past its last character
 * @param vector unit-length passage vector of {@code text.substring(start, end)}
 */
public record EmbeddedSentence(int start, int end, float[] vector) {
}
