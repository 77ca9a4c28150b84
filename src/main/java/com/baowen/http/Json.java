package com.baowen.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Map;

/** The API's one Jackson mapper and its error body; thread-safe. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // '{"question":"…"} junk' is not one JSON value
            .build();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code {"error":{"code":…,"message":…}}} */
    static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message));
    }

    /** {@code {"error":{"code":…,"message":…,"id":…}}}: the id under which the failure was logged. */
    static Map<String, Object> error(String code, String message, String id) {
        return Map.of("error", Map.of("code", code, "message", message, "id", id));
    }
}
