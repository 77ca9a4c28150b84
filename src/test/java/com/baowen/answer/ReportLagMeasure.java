package com.baowen.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long after an event its news runs (a measurement, not a test): where {@link Tuning}'s
 * {@code DAY_REPORT} and {@code PERIOD_REPORT} come from. Over a dated JSONL archive, the days
 * between each item's date and every "M月D日" its text names (read in the item's year, or the year before
 * when that would be later than the item), and between the item's date and the end of month N of every
 * "1—N月" statistic. Items on or after {@code before} are not read (held out).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) src/test/java/com/baowen/answer/ReportLagMeasure.java ARCHIVE.jsonl 2024-06-01</pre>
 */
public class ReportLagMeasure {
    private static final Pattern DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern FIRST_MONTHS = Pattern.compile("1[—\\-－~至到](\\d{1,2})月");

    public static void main(String[] args) throws Exception {
        LocalDate before = LocalDate.parse(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<Integer> days = new ArrayList<>();
        List<Integer> periods = new ArrayList<>();
        int items = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode item = json.readTree(line);
                LocalDate date = LocalDate.parse(item.path("date").asText());
                if (!date.isBefore(before)) {
                    continue;
                }
                items++;
                String text = item.path("text").asText();
                for (Matcher m = DAY.matcher(text); m.find(); ) {
                    LocalDate named = day(date.getYear(), m.group(1), m.group(2));
                    if (named != null && named.isAfter(date)) {
                        named = day(date.getYear() - 1, m.group(1), m.group(2));
                    }
                    if (named != null && !named.isAfter(date) && named.plusDays(366).isAfter(date)) {
                        days.add((int) (date.toEpochDay() - named.toEpochDay()));
                    }
                }
                for (Matcher m = FIRST_MONTHS.matcher(text); m.find(); ) {
                    int month = Integer.parseInt(m.group(1));
                    if (month < 1 || month > 12) {
                        continue;
                    }
                    LocalDate end = YearMonth.of(month <= date.getMonthValue() ? date.getYear() : date.getYear() - 1, month).atEndOfMonth();
                    long gap = date.toEpochDay() - end.toEpochDay();
                    if (gap >= -31 && gap <= 366) {
                        periods.add((int) gap);
                    }
                }
            }
        }
        days.sort(null);
        periods.sort(null);
        System.out.printf(Locale.ROOT, "%d items before %s%n", items, before);
        System.out.printf(Locale.ROOT, "M月D日 named: %d; at most 1 day old %.1f %%, at most 3 days %.1f %%, 7 days %.1f %%, p50 %d days%n",
                days.size(), share(days, 1), share(days, 3), share(days, 7), nearestRank(days, 0.5));
        System.out.printf(Locale.ROOT, "1—N月 statistics: %d; days after month N ends: p50 %d, p75 %d, p90 %d, p95 %d%n",
                periods.size(), nearestRank(periods, 0.5), nearestRank(periods, 0.75), nearestRank(periods, 0.9),
                nearestRank(periods, 0.95));
    }

    private static LocalDate day(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static double share(List<Integer> sorted, int atMost) {
        return 100.0 * sorted.stream().filter(d -> d <= atMost).count() / sorted.size();
    }

    /** The value at {@code q} of the sorted values (index q × (n − 1), rounded down). */
    private static int nearestRank(List<Integer> sorted, double q) {
        return sorted.get((int) (q * (sorted.size() - 1)));
    }
}
