package com.baowen.http;

import io.javalin.http.Context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Headers that keep other web pages from misusing the server's pages and answers, sent on every
 * response as HTTP headers (a {@code <meta>} CSP cannot say {@code frame-ancestors}).
 */
final class SecurityHeaders {
    /**
     * The page's policy: only its own scripts, styles and API; never inside another site's frame. {@code blob:}
     * images are scan pages the page fetched itself (with the API key, which an {@code <img src>} cannot send).
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * True when a request path, percent-decoded, has a segment that starts with a dot ({@code /.env},
     * {@code /%2Eenv}, {@code /a/.git/config}); a path that cannot be decoded counts as one too.
     */
    static boolean hasDotSegment(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return path.startsWith(".") || path.contains("/.") || path.contains("\\.");
    }
}
