package com.baowen.http;

/** The error while the engine is still loading its model and index: 503 with a hint to poll /health. */
final class NotReady {
    private NotReady() {
    }

    static HttpError error() {
        return new HttpError(503, "not_ready", "the index is still loading; try again when GET /health says ready");
    }
}
