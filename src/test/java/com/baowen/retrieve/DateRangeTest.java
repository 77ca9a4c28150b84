package com.baowen.retrieve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateRangeTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MARCH_10 = LocalDate.of(2024, 3, 10);
    private static final LocalDate MARCH_24 = LocalDate.of(2024, 3, 24);

    @Test
    void should_keep_the_days_both_ranges_hold() {
        assertEquals(Optional.of(new DateRange(MARCH_10, MARCH_10)),
                new DateRange(MARCH_1, MARCH_10).intersect(new DateRange(MARCH_10, MARCH_24)));
    }

    @Test
    void should_take_the_closed_end_where_one_range_is_open() {
        assertEquals(Optional.of(new DateRange(MARCH_10, MARCH_24)),
                new DateRange(null, MARCH_24).intersect(new DateRange(MARCH_10, null)));
        assertEquals(Optional.of(new DateRange(MARCH_1, MARCH_10)), DateRange.ANY.intersect(new DateRange(MARCH_1, MARCH_10)));
    }

    @Test
    void should_be_empty_when_the_ranges_do_not_meet() {
        assertEquals(Optional.empty(), new DateRange(MARCH_1, MARCH_10).intersect(new DateRange(MARCH_24, MARCH_24)));
    }
}
