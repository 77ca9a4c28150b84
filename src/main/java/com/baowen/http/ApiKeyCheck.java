package com.baowen.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * When an API key is configured, requires {@code Authorization: Bearer <key>} on {@code /api/*} and
 * {@code /v1/*}; {@code /health}, {@code /metrics} and the page stay open. Thread-safe.
 */
final class ApiKeyCheck {
    private final byte[] expected;

    /** @param apiKey the key, or {@code null} for no check */
    ApiKeyCheck(String apiKey) {
        this.expected = apiKey == null ? null : ("Bearer " + apiKey).getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return expected != null;
    }

    void check(Context ctx) {
        if (expected == null || ctx.method() == HandlerType.OPTIONS) {
            return; // CORS preflights carry no credentials
        }
        String given = ctx.header("Authorization");
        // constant-time comparison: the time taken tells nothing about the key
        if (given == null || !MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpError(401, "unauthorized", given == null
                    ? "this server needs an API key: send Authorization: Bearer <key>"
                    : "the API key in the Authorization header is wrong");
        }
    }
}
