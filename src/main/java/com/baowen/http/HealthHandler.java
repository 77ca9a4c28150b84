package com.baowen.http;

import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: {@code indexing} with progress, {@code ready}, or {@code degraded} with a
 * {@code reason} (an index that cannot be opened, a failed indexing run); with a language model also
 * {@code llm}: its failures so far and the last one's reason (answers fall back, so it does not make the
 * server degraded). Open even when an API key is set.
 */
final class HealthHandler implements Handler {
    static final String DEGRADED = "degraded";

    private final Backend backend;

    HealthHandler(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void handle(Context ctx) {
        IndexStatus s = backend.status();
        Map<String, Object> body = new LinkedHashMap<>();
        var problem = backend.problem();
        body.put("status", problem.isPresent() ? DEGRADED : s.status());
        problem.ifPresent(reason -> body.put("reason", reason));
        body.put("filesDone", s.filesDone());
        body.put("filesTotal", s.filesTotal());
        body.put("articles", s.articles());
        body.put("chunks", s.chunks());
        IndexProgress.Snapshot p = s.progress();
        if (p != null && IndexStatus.INDEXING.equals(s.status())) {
            body.put("articlesDone", p.articlesDone());
            if (p.articlesTotal() != null) {
                body.put("articlesTotal", p.articlesTotal());
            }
            body.put("charsPerSecond", Math.round(p.charsPerSecond()));
            if (p.etaSeconds() != null) {
                body.put("etaSeconds", p.etaSeconds());
            }
        }
        backend.llm().ifPresent(llm -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("model", llm.model());
            model.put("failures", llm.failures());
            model.put("lastFailure", llm.lastFailure());
            model.put("lastFailureAt", llm.lastFailureAt() == null ? null : llm.lastFailureAt().toString());
            body.put("llm", model);
        });
        IndexReport r = s.lastRun();
        if (r != null) {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("failed", r.filesFailed());
            last.put("skipped", r.rejected());
            last.put("articles", r.articles());
            last.put("millis", r.millis());
            last.put("errors", r.problems());
            body.put("lastRun", last);
        }
        ctx.contentType("application/json").result(Json.write(body));
    }
}
