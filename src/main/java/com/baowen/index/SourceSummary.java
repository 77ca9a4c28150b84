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
    /** From a count and the first and last epoch days ({@code Long.MAX_VALUE} and {@code MIN_VALUE} when none is dated). */
    static SourceSummary of(String source, long articles, long firstDay, long lastDay) {
        return new SourceSummary(source, (int) articles,
                firstDay == Long.MAX_VALUE ? null : java.time.LocalDate.ofEpochDay(firstDay).toString(),
                lastDay == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(lastDay).toString());
    }
}
