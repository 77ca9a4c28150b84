package com.baowen.index;

/**
 * One sentence of an article with its passage vector, as the store keeps it; immutable by convention
 * (do not change the array).
 *
 * @param start  offset of the sentence's first character in the article text
 * @param end    offset just past its last character
 * @param vector unit-length vector of {@code text.substring(start, end)}
 */
public record SentenceVector(int start, int end, float[] vector) {
}
