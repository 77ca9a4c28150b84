package com.baowen.http;

import com.baowen.answer.Answerers;
import com.baowen.answer.Turn;
import com.baowen.retrieve.DateRange;
import com.baowen.retrieve.QueryText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@code POST /api/chat} body; immutable.
 *
 * @param question 1..{@value QueryText#MAX_CODE_POINTS} code points, not blank
 * @param history  earlier turns, oldest first
 * @param topK     how many articles to draw from, 1..20
 * @param stream   true to answer as server-sent events
 * @param dates    the publication dates the answer may draw from ({@code "from"}, {@code "to"}: ISO dates)
 */
record ChatRequest(String question, List<Turn> history, int topK, boolean stream, DateRange dates) {
    static final int MAX_QUESTION_CHARS = QueryText.MAX_CODE_POINTS;
    static final int DEFAULT_TOP_K = Answerers.DEFAULT_TOP_K;
    static final int MAX_TOP_K = 20;
    static final int MAX_HISTORY = 50;

    /** A request without a date limit. */
    ChatRequest(String question, List<Turn> history, int topK, boolean stream) {
        this(question, history, topK, stream, DateRange.ANY);
    }

    /** Reads and checks a body; every mistake is an {@link HttpError} naming the field and the value. */
    static ChatRequest from(ObjectNode body) {
        String question = question(body.get("question"), "question");
        int topK = topK(body.get("topK"));
        List<Turn> history = history(body.get("history"));
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) {
            throw HttpError.badRequest("stream must be true or false, got " + stream);
        }
        return new ChatRequest(question, history, topK, stream != null && stream.asBoolean(), DateParams.of(body));
    }

    static String question(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw HttpError.badRequest(field + " is missing; send {\"" + field + "\":\"你的问题\"}");
        }
        if (!node.isTextual()) {
            throw HttpError.badRequest(field + " must be a string, got " + node.getNodeType().name().toLowerCase());
        }
        return checkQuestion(node.textValue(), field);
    }

    static String checkQuestion(String text, String field) {
        if (text.isBlank()) {
            throw HttpError.badRequest(field + " must not be blank");
        }
        int chars = QueryText.length(text);
        if (chars > MAX_QUESTION_CHARS) {
            throw HttpError.badRequest(field + " must be at most " + MAX_QUESTION_CHARS + " characters, got " + chars);
        }
        if (text.indexOf('\uFFFD') >= 0) {
            // what a URL's percent-encoded bytes decode to when they are not UTF-8
            throw HttpError.badRequest(field + " is not valid UTF-8 text");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // nothing to search for: the model cannot embed text without words
            throw HttpError.badRequest(field + " must contain at least one letter or digit, got '"
                    + QueryParams.shorten(text.replaceAll("\\p{Cntrl}", "?")) + "'");
        }
        return text.strip();
    }

    private static int topK(JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_TOP_K;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > MAX_TOP_K) {
            throw HttpError.badRequest("topK must be an integer between 1 and " + MAX_TOP_K + ", got " + node);
        }
        return node.intValue();
    }

    private static List<Turn> history(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw HttpError.badRequest("history must be an array of {\"role\",\"content\"}, got " + node.getNodeType().name().toLowerCase());
        }
        if (node.size() > MAX_HISTORY) {
            throw HttpError.badRequest("history must have at most " + MAX_HISTORY + " turns, got " + node.size());
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode turn = node.get(i);
            String role = turn.path("role").asText("");
            if (!role.equals("user") && !role.equals("assistant")) {
                throw HttpError.badRequest("history[" + i + "].role must be \"user\" or \"assistant\", got " + turn.get("role"));
            }
            JsonNode content = turn.get("content");
            if (content == null || !content.isTextual()) {
                throw HttpError.badRequest("history[" + i + "].content must be a string, got " + content);
            }
            if (content.textValue().length() > JsonBody.MAX_BYTES) {
                throw HttpError.badRequest("history[" + i + "].content is too long: " + content.textValue().length() + " characters");
            }
            turns.add(new Turn(role, content.textValue()));
        }
        return List.copyOf(turns);
    }
}
