package com.baowen.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * When an API key is configured, requires {@code Authorization: Bearer <key>} on {@code /api/*} and
 * {@code /v1/*} (the scheme in any case, as RFC 9110 says); {@code /health}, {@code /metrics} and the
 * page stay open. Thread-safe.
 */
final class ApiKeyCheck {
    private static final String SCHEME = "bearer";
    private final byte[] expected;

    /** @param apiKey the key, or {@code null} for no check */
    ApiKeyCheck(String apiKey) {
        this.expected = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return expected != null;
    }

    void check(Context ctx) {
        if (expected == null || ctx.method() == HandlerType.OPTIONS) {
            return; // CORS preflights carry no credentials
        }
        String given = ctx.header("Authorization");
        byte[] token = token(given);
        // constant-time comparison: the time taken tells nothing about the key
        if (token == null || !MessageDigest.isEqual(expected, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpError(401, "unauthorized", given == null
                    ? "this server needs an API key: send Authorization: Bearer <key>"
                    : token == null ? "the Authorization header must be 'Bearer <key>'"
                    : "the API key in the Authorization header is wrong");
        }
    }

    /** The credentials of a {@code Bearer} header, or {@code null} for another scheme. */
    static byte[] token(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        if (h.length() <= SCHEME.length() || !h.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !Character.isWhitespace(h.charAt(SCHEME.length()))) {
            return null;
        }
        return h.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
    }
}
