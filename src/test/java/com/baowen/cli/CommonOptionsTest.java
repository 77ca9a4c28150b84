package com.baowen.cli;

import com.baowen.BaowenException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommonOptionsTest {

    @Test
    void should_read_a_timeout_in_seconds() {
        assertEquals(45, CommonOptions.seconds("BAOWEN_LLM_TIMEOUT_SECONDS", " 45"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "601", ""})
    void should_name_a_bad_timeout_and_its_value(String value) {
        var e = assertThrows(BaowenException.class, () -> CommonOptions.seconds("BAOWEN_LLM_TIMEOUT_SECONDS", value));

        assertEquals("BAOWEN_LLM_TIMEOUT_SECONDS must be a whole number of seconds between 1 and 600, got '" + value + "'",
                e.getMessage());
    }
}
