package com.baowen.documents;

/**
 * One corpus file as the documents list shows it; immutable.
 *
 * @param source    the corpus file name (its path under the corpus folder)
 * @param articles  articles indexed from it
 * @param firstDate the earliest article date (ISO), or {@code null}
 * @param lastDate  the latest article date (ISO), or {@code null}
 * @param bytes     its size on disk, or -1 when it is gone from the folder
 */
public record DocumentInfo(String source, int articles, String firstDate, String lastDate, long bytes) {
}
