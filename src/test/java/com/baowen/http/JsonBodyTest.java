package com.baowen.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyTest {
    @Test
    void should_read_a_json_object() {
        var node = JsonBody.read(-1, new ByteArrayInputStream("{\"question\":\"腊八粥\"}".getBytes(StandardCharsets.UTF_8)));

        assertEquals("腊八粥", node.get("question").asText());
    }

    @Test
    void should_read_a_refused_body_to_its_end_when_it_is_only_somewhat_too_large() {
        // given: 70,000 bytes declared and sent (a client still sending when the connection closes is reset)
        var in = new ByteArrayInputStream(new byte[70_000]);

        // when
        var e = assertThrows(HttpError.class, () -> JsonBody.read(70_000, in));

        // then
        assertEquals(413, e.status());
        assertEquals(0, in.available());
    }

    @Test
    void should_not_read_a_refused_body_far_over_the_limit() {
        var in = new ByteArrayInputStream(new byte[JsonBody.DRAIN_BYTES + 2]);

        var e = assertThrows(HttpError.class, () -> JsonBody.read(JsonBody.DRAIN_BYTES + 2, in));

        assertEquals(413, e.status());
        assertEquals(JsonBody.DRAIN_BYTES + 2, in.available());
    }

    @Test
    void should_refuse_a_declared_length_over_the_limit_naming_it() {
        var e = assertThrows(HttpError.class, () -> JsonBody.read(70_000, new ByteArrayInputStream(new byte[0])));

        assertEquals(413, e.status());
        assertEquals("the request body must be at most 65536 bytes, got 70000 bytes", e.getMessage());
    }

    @Test
    void should_refuse_an_undeclared_body_over_the_limit() {
        var e = assertThrows(HttpError.class, () -> JsonBody.read(-1, new ByteArrayInputStream(new byte[JsonBody.MAX_BYTES + 1])));

        assertEquals(413, e.status());
    }

    @Test
    void should_name_the_position_of_malformed_json() {
        var e = assertThrows(HttpError.class, () -> JsonBody.parse("{\"question\": }".getBytes(StandardCharsets.UTF_8)));

        assertEquals(400, e.status());
        assertEquals("bad_request", e.code());
        assertEquals(true, e.getMessage().endsWith("at line 1, column 14"), e.getMessage());
    }

    @Test
    void should_refuse_a_lone_surrogate_encoded_in_utf8() {
        byte[] cesu = {'{', '"', 'q', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        var e = assertThrows(HttpError.class, () -> JsonBody.parse(cesu));

        assertEquals(true, e.getMessage().startsWith("the request body is not valid UTF-8"), e.getMessage());
    }
}
