package com.baowen.index;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LexicalWeightsTest {

    @Test
    void should_parse_four_weights_in_field_order() {
        assertEquals(new LexicalWeights(1f, 0.5f, 0.5f, 0.25f), LexicalWeights.parse("1,0.5,0.5,0.25"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,0.5        | BM25 field weights must be 4 numbers separated by commas, got '1,0.5'",
            "1,a,0,0      | BM25 field weights must be numbers, got '1,a,0,0'",
            "1,-1,0,0     | BM25 field weights must be >= 0, got -1.0",
            "0,0,0,0      | at least one BM25 field weight must be positive"})
    void should_reject_bad_weights_naming_them(String text, String message) {
        BaowenException e = assertThrows(BaowenException.class, () -> LexicalWeights.parse(text));
        assertEquals(message, e.getMessage());
    }
}
