package com.baowen.http;

import com.baowen.answer.Turn;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ChatRequestTest {
    static ChatRequest parse(String json) {
        return ChatRequest.from(JsonBody.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_default_top_k_history_and_stream() {
        ChatRequest r = parse("{\"question\":\"  太谷区总工会送腊八粥坚持了几年？ \"}");

        assertEquals(new ChatRequest("太谷区总工会送腊八粥坚持了几年？", List.of(), 5, false), r);
    }

    @Test
    void should_read_history_top_k_and_stream() {
        ChatRequest r = parse("{\"question\":\"几年？\",\"topK\":20,\"stream\":true,"
                + "\"history\":[{\"role\":\"user\",\"content\":\"腊八粥\"},{\"role\":\"assistant\",\"content\":\"8年[1]\"}]}");

        assertEquals(List.of(new Turn("user", "腊八粥"), new Turn("assistant", "8年[1]")), r.history());
        assertEquals(20, r.topK());
        assertEquals(true, r.stream());
    }

    @Test
    void should_count_characters_not_utf16_units() {
        String question = "𠀀".repeat(2000); // 4000 UTF-16 units, 2000 characters

        ChatRequest r = parse("{\"question\":\"" + question + "\"}");

        assertFalse(r.question().isEmpty());
    }
}
