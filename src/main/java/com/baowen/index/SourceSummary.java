package com.baowen.index;

/**
 * One indexed corpus file as a list of documents shows it: how many articles it gave and the span of their days.
 *
 * @param source    the corpus file name
 * @param articles  its articles in the index, >= 1
 * @param firstDate the earliest article day (yyyy-MM-dd), or {@code null} when none is dated
 * @param lastDate  the latest article day, or {@code null}
 */
public record SourceSummary(String source, int articles, String firstDate, String lastDate) {
}
