package com.baowen.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleDatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "jzrb-20240105.txt, 2024-01-05",
            "2024-01-05-page3.md, 2024-01-05",
            "jzrb_2024_01_05/page3.txt, 2024-01-05",
            "2024/01/05/page3.txt, 2024-01-05",
            "2024/0105/page3.txt, 2024-01-05",
            "20240105/20231231-extra.txt, 2023-12-31",
            "000_232fd453f4f86065.txt, null",
            "page-20241341.txt, null",
            "id-120240105.txt, null"})
    void should_take_the_date_of_a_page_from_its_file_or_folder_name(String path, String expected) {
        assertEquals(expected, ArticleDates.fromPath(path));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2024-01-05, 2024-01-05",
            "2024-1-5, 2024-01-05",
            "2024-01-05T19:00:00, 2024-01-05",
            "2024-01-05 19:12:02, 2024-01-05",
            "2024-02-30, null",
            "20240105, null",
            "yesterday, null"})
    void should_read_an_iso_date_field(String value, String expected) {
        assertEquals(expected, ArticleDates.iso(value));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "1970-01-02, 1",
            "1950年1月6日, -7300",
            "第3版, null"})
    void should_give_the_day_of_an_iso_or_printed_date(String date, Long expected) {
        assertEquals(expected, ArticleDates.epochDay(date));
    }
}
