package com.baowen.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One indexed corpus file as a list of documents shows it: how many articles it gave and the span of their days.
 *
 * @param source    the corpus file name
 * @param articles  its articles in the index, >= 1
 * @param firstDate the earliest article day (yyyy-MM-dd), or {@code null} when none is dated
 * @param lastDate  the latest article day, or {@code null}
 */
public record SourceSummary(String source, int articles, String firstDate, String lastDate) {
    /** A new tally for {@link #list}: {articles, first epoch day, last epoch day}, no day seen yet. */
    static long[] tally() {
        return new long[]{0, Long.MAX_VALUE, Long.MIN_VALUE};
    }

    /** The summaries of tallies by source, in the map's order. */
    static List<SourceSummary> list(Map<String, long[]> bySource) {
        List<SourceSummary> out = new ArrayList<>();
        bySource.forEach((source, v) -> out.add(new SourceSummary(source, (int) v[0],
                v[1] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(v[1]).toString(),
                v[2] == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v[2]).toString())));
        return out;
    }
}
