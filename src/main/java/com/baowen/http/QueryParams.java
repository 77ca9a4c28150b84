package com.baowen.http;

import io.javalin.http.Context;

/** Reads query parameters with range checks; errors name the parameter and the value. */
final class QueryParams {
    private QueryParams() {
    }

    /** An integer in {@code min..max}, or {@code fallback} when absent. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        return intValue(name, ctx.queryParam(name), fallback, min, max);
    }

    /** {@code raw} as an integer in {@code min..max}, or {@code fallback} when absent. */
    static int intValue(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be an integer between " + min + " and " + max + ", got '" + shorten(raw) + "'");
        }
        if (value < min || value > max) {
            throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
