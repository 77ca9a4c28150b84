package com.baowen.chunk;

/**
 * A piece of an article's text, cut at sentence ends; immutable.
 *
 * @param id        {@code articleId + "#" + ordinal}
 * @param articleId the article it belongs to
 * @param ordinal   0-based position among the article's chunks
 * @param start     offset of the first character in the article text
 * @param end       offset just past the last character; {@code text == article.text().substring(start, end)}
 * @param text      the chunk's text
 */
public record Chunk(String id, String articleId, int ordinal, int start, int end, String text) {
    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }
}
