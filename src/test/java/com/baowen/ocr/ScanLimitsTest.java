package com.baowen.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScanLimitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1     | 1     | image is 1x1 pixels, under the minimum of 32x32",
            "30000 | 30000 | image is 30000x30000 pixels, over the limit of 20000 pixels a side",
            "8000  | 8000  | image is 8000x8000 pixels (64 megapixels), over the limit of 40 megapixels",
            "4960  | 7016  | ''"})
    void should_name_why_a_page_size_is_refused(int w, int h, String reason) {
        String refused = ScanLimits.DEFAULT.refuse(w, h);
        assertEquals(reason, refused == null ? "" : refused);
    }
}
