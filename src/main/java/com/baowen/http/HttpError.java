package com.baowen.http;

import com.baowen.BaowenException;

/**
 * A caller's mistake found by the HTTP layer: it becomes a 4xx JSON error (or 503 while the engine
 * loads) with this status, code and message.
 */
final class HttpError extends BaowenException {
    private final int status;
    private final String code;

    HttpError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, "bad_request", message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
