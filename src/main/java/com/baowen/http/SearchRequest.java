package com.baowen.http;

import com.baowen.retrieve.DateRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.function.Function;

/**
 * A validated search, from {@code GET /api/search?q=&k=&from=&to=&sort=} or from the JSON body
 * {@code {q,k,from,to,sort}} of {@code POST /api/search} (for queries too long for a URL); one record so
 * both read the same fields with the same checks. Immutable.
 *
 * @param q      the query, checked like a question
 * @param k      how many articles, 1..{@value SearchHandler#MAX_K}
 * @param dates  the publication dates the hits are limited to ({@link DateRange#ANY} for none)
 * @param byDate true to order the k most relevant hits newest first ({@code sort=date})
 */
record SearchRequest(String q, int k, DateRange dates, boolean byDate) {
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
        DateRange dates = DateParams.of(field.apply("from"), field.apply("to"));
        String sort = field.apply("sort");
        if (sort != null && !sort.isEmpty() && !sort.equals("relevance") && !sort.equals("date")) {
            throw HttpError.badRequest("sort must be 'relevance' or 'date', got '" + QueryParams.shorten(sort) + "'");
        }
        return new SearchRequest(query, k, dates, "date".equals(sort));
    }
}
