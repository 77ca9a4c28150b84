package com.baowen.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * A validated search, from {@code GET /api/search?q=&k=&from=&to=} or from the JSON body
 * {@code {q,k,from,to}} of {@code POST /api/search} (for queries too long for a URL); one record so
 * both read the same fields with the same checks. Immutable.
 *
 * @param q    the query, checked like a question
 * @param k    how many articles, 1..{@value SearchHandler#MAX_K}
 * @param from earliest article date, inclusive, or {@code null}
 * @param to   latest article date, inclusive, or {@code null}
 */
record SearchRequest(String q, int k, LocalDate from, LocalDate to) {
    static final int DEFAULT_K = 5;

    static SearchRequest fromQuery(Context ctx) {
        return of(ctx::queryParam, "use /api/search?q=腊八粥");
    }

    static SearchRequest fromBody(ObjectNode body) {
        return of(name -> {
            JsonNode node = body.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (name.equals("k") ? !node.isIntegralNumber() : !node.isTextual()) {
                throw HttpError.badRequest(name + " must be " + (name.equals("k") ? "an integer" : "a string")
                        + ", got " + QueryParams.shorten(node.toString()));
            }
            return node.asText();
        }, "send {\"q\":\"腊八粥\"}");
    }

    /** @param field the raw value of a field by name, or {@code null} when absent */
    private static SearchRequest of(Function<String, String> field, String hint) {
        String q = field.apply("q");
        if (q == null) {
            throw HttpError.badRequest("q is missing; " + hint);
        }
        String query = ChatRequest.checkQuestion(q, "q");
        int k = QueryParams.intValue("k", field.apply("k"), DEFAULT_K, 1, SearchHandler.MAX_K);
        LocalDate from = date("from", field.apply("from"));
        LocalDate to = date("to", field.apply("to"));
        if (from != null && to != null && from.isAfter(to)) {
            throw HttpError.badRequest("from must not be after to, got from=" + from + " and to=" + to);
        }
        return new SearchRequest(query, k, from, to);
    }

    /** An ISO date ({@code 2024-01-31}), or {@code null} when absent. */
    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + " must be an ISO date such as 2024-01-31, got '" + QueryParams.shorten(raw) + "'");
        }
    }
}
