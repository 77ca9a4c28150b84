package com.baowen.answer;

import java.time.LocalDate;

/**
 * A sentence that might answer the question, from one of the retrieved articles; immutable.
 *
 * @param articleId   the article's id
 * @param title       the article's title
 * @param source      the corpus file name
 * @param articleRank 0-based rank of the article in the retrieval result
 * @param articleDate the article's publication date, or {@code null} when unknown
 * @param index       0-based position of the sentence in its article
 * @param count       how many sentences the article has
 * @param start       offset of the sentence in the article text
 * @param end         offset just past the sentence
 * @param text        the sentence, verbatim: {@code article.text().substring(start, end)}
 * @param vector      the sentence's unit-length embedding computed at index time, or {@code null}
 * @param previous    the sentence before it in the article, or ""
 * @param next        the sentence after it, or ""
 * @param articleText the whole article text the offsets point into (shared, not copied): a passage of
 *                    consecutive sentences is cited as one verbatim snippet
 */
public record Candidate(String articleId, String title, String source, int articleRank, LocalDate articleDate,
                        int index, int count, int start, int end, String text, float[] vector,
                        String previous, String next, String articleText) {
}
