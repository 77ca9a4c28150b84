package com.baowen.answer;

/**
 * A sentence that might answer the question, from one of the retrieved articles; immutable.
 *
 * @param articleId   the article's id
 * @param title       the article's title
 * @param source      the corpus file name
 * @param articleRank 0-based rank of the article in the retrieval result
 * @param start       offset of the sentence in the article text
 * @param end         offset just past the sentence
 * @param text        the sentence, verbatim: {@code article.text().substring(start, end)}
 * @param vector      the sentence's unit-length embedding computed at index time, or {@code null}
 * @param previous    the sentence before it in the article, or "" (for terms the sentence leaves implicit)
 */
public record Candidate(String articleId, String title, String source, int articleRank,
                        int start, int end, String text, float[] vector, String previous) {
}
