package com.baowen.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiKeyCheckTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Bearer k-1     | k-1",
            "bearer k-1     | k-1",
            "BEARER   k-1   | k-1",
            "Basic azox     | null",
            "Bearerk-1      | null",
            "Bearer         | null",
    })
    void should_read_the_token_of_a_bearer_header_in_any_case(String header, String token) {
        byte[] got = ApiKeyCheck.token(header);

        assertEquals(token, got == null ? null : new String(got, StandardCharsets.UTF_8));
    }
}
