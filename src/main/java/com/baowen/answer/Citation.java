package com.baowen.answer;

/**
 * One numbered source of an answer; immutable.
 *
 * @param n         1-based number used as {@code [n]} in the answer
 * @param snippet   verbatim article text: {@code article.text().substring(start, end)}
 * @param start     character offset of the snippet in the article text
 * @param end       offset just past the snippet
 * @param highlight the span that answers the question, as offsets in the article text
 *                  ({@code [hs, he]} with start <= hs < he <= end), or {@code null}
 * @param score     relevance, higher is better
 */
public record Citation(int n, String articleId, String title, String source, String snippet,
                       int start, int end, int[] highlight, double score) {
}
