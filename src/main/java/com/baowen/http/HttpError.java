package com.baowen.http;

/**
 * An answer the HTTP layer decides on (a caller's mistake, 4xx; or 503 while the engine loads or is
 * busy) with this status, code and message. Not a {@link com.baowen.BaowenException}: it belongs to
 * the protocol, not to the domain.
 */
final class HttpError extends RuntimeException {
    private final int status;
    private final String code;

    HttpError(int status, String code, String message) {
        super(message, null, false, false); // an answer, not a failure: no stack trace to fill
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
