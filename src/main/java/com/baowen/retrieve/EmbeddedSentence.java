package com.baowen.retrieve;

/**
 * One sentence of an article with its vector, computed at index time so the answer stage
 * can score sentences without embedding them per query; immutable by convention (do not change
 * the array).
 *
 * @param start  offset of the sentence's first character in the article text
 * @param end    offset just past its last character
 * @param vector unit-length vector of {@code text.substring(start, end)}: the mean of its tokens' states in
 *               the forward pass of the chunk that holds it ("late chunking", see {@code indexing.ArticleEncoder})
 */
public record EmbeddedSentence(int start, int end, float[] vector) {
}
