package com.baowen.http;

import com.baowen.answer.Turn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated OpenAI {@code POST /v1/chat/completions} body: the last message (from the user) is the
 * question, earlier user/assistant messages are history, system messages are ignored; immutable.
 *
 * @param includeUsage {@code stream_options.include_usage}: a streamed answer ends with a {@code usage} chunk
 */
record OpenAiRequest(String question, List<Turn> history, boolean stream, boolean includeUsage) {

    static OpenAiRequest from(ObjectNode body) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw HttpError.badRequest("messages must be a non-empty array of {\"role\",\"content\"}, got "
                    + (messages == null ? "nothing" : messages.getNodeType().name().toLowerCase()));
        }
        JsonNode model = body.get("model");
        if (model != null && !model.isNull() && !model.isTextual()) {
            throw HttpError.badRequest("model must be a string such as \"baowen\", got " + model);
        }
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) {
            throw HttpError.badRequest("stream must be true or false, got " + stream);
        }
        boolean includeUsage = includeUsage(body.get("stream_options"));
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String role = m.path("role").asText("");
            if (!List.of("system", "developer", "user", "assistant").contains(role)) {
                throw HttpError.badRequest("messages[" + i + "].role must be system, user or assistant, got " + m.get("role"));
            }
            String content = text(m.get("content"), "messages[" + i + "].content");
            if (role.equals("user") || role.equals("assistant")) {
                turns.add(new Turn(role, content));
            }
        }
        if (turns.isEmpty() || !turns.get(turns.size() - 1).role().equals("user")) {
            throw HttpError.badRequest("the last message must be from the user: it is the question");
        }
        String question = ChatRequest.checkQuestion(turns.get(turns.size() - 1).content(), "the last user message");
        List<Turn> history = List.copyOf(turns.subList(0, turns.size() - 1));
        return new OpenAiRequest(question, history, stream != null && stream.asBoolean(), includeUsage);
    }

    /** {@code stream_options}: absent, null, or an object whose {@code include_usage} is a boolean when present. */
    private static boolean includeUsage(JsonNode options) {
        if (options == null || options.isNull()) {
            return false;
        }
        if (!options.isObject()) {
            throw HttpError.badRequest("stream_options must be an object such as {\"include_usage\":true}, got " + options);
        }
        JsonNode include = options.get("include_usage");
        if (include != null && !include.isNull() && !include.isBoolean()) {
            throw HttpError.badRequest("stream_options.include_usage must be true or false, got " + include);
        }
        return include != null && include.asBoolean();
    }

    /** Content is a string or an array of parts {@code {"type":"text","text":"…"}}. */
    private static String text(JsonNode content, String field) {
        if (content != null && content.isTextual()) {
            return content.textValue();
        }
        if (content != null && content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (part.path("type").asText("").equals("text") && part.path("text").isTextual()) {
                    text.append(part.path("text").textValue());
                }
            }
            return text.toString();
        }
        throw HttpError.badRequest(field + " must be a string or an array of text parts, got "
                + (content == null ? "nothing" : content.getNodeType().name().toLowerCase()));
    }
}
