package com.baowen.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostCheckTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "localhost:7070    | localhost",
            "127.0.0.1         | 127.0.0.1",
            "[::1]:7070        | [::1]",
            "LocalHost.:80     | localhost",
            "::1               | [::1]",
            "evil.example:7070 | evil.example",
    })
    void should_take_the_host_name_without_port_from_a_host_header(String header, String name) {
        assertEquals(name, HostCheck.name(header));
    }
}
