package com.baowen.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: {@code indexing} with progress, or {@code ready}; open even when an API key is set. */
final class HealthHandler implements Handler {
    private final Backend backend;

    HealthHandler(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void handle(Context ctx) {
        IndexStatus s = backend.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", s.status());
        body.put("filesDone", s.filesDone());
        body.put("filesTotal", s.filesTotal());
        body.put("articles", s.articles());
        body.put("chunks", s.chunks());
        ctx.contentType("application/json").result(Json.write(body));
    }
}
