package com.baowen.retrieve;

import com.baowen.InvalidInputException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The publication dates a search is limited to, inclusive at both ends; either end may be open
 * ({@code null}). A limited search finds only dated articles. Immutable.
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** No limit: dated and undated articles alike. */
    public static final DateRange ANY = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from must not be after to, got from " + from + " and to " + to);
        }
    }

    /** The days in both ranges, or empty when they have none in common. */
    public Optional<DateRange> intersect(DateRange other) {
        LocalDate start = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        LocalDate end = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        if (start != null && end != null && start.isAfter(end)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(start, end));
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isAny() {
        return from == null && to == null;
    }

    /** Days since 1970-01-01 of {@code from}, or {@code Integer.MIN_VALUE} when open. */
    public int fromDay() {
        return from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
    }

    /** Days since 1970-01-01 of {@code to}, or {@code Integer.MAX_VALUE} when open. */
    public int toDay() {
        return to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
    }
}
