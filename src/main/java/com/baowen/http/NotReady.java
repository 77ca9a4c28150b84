package com.baowen.http;

/** The error while the engine is still loading its model and index: 503 with a hint to poll /health. */
final class NotReady {
    private NotReady() {
    }

    /** The 503 of this backend: its {@link Backend#problem()} when degraded, else "still loading". */
    static HttpError error(Backend backend) {
        return backend.problem()
                .map(reason -> new HttpError(503, "degraded", "the server cannot answer now: " + reason))
                .orElseGet(NotReady::error);
    }

    static HttpError error() {
        return new HttpError(503, "not_ready", "the index is still loading; try again when GET /health says ready");
    }
}
