package com.baowen.http;

import com.baowen.BaowenException;
import com.baowen.retrieve.DateRange;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the {@code from}/{@code to} dates of a search or chat; a bad one is a 400 naming the value. Stateless. */
final class DateParams {
    private DateParams() {
    }

    /** From query parameters ({@code ?from=2024-01-01&to=2024-01-31}); absent or empty means open. */
    static DateRange of(String from, String to) {
        return range(date("from", from), date("to", to));
    }

    /** From a JSON body's {@code "from"} and {@code "to"} strings. */
    static DateRange of(JsonNode body) {
        return range(date("from", text(body.get("from"), "from")), date("to", text(body.get("to"), "to")));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw HttpError.badRequest(field + " must be an ISO date string YYYY-MM-DD, got " + node);
        }
        return node.textValue();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(field + " must be an ISO date YYYY-MM-DD, got '" + QueryParams.shorten(value) + "'");
        }
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        try {
            return new DateRange(from, to);
        } catch (BaowenException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }
}
