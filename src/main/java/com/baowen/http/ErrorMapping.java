package com.baowen.http;

import com.baowen.BackendUnavailableException;
import com.baowen.BaowenException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code {"error":{"code","message"}}}: caller mistakes ({@link HttpError},
 * {@link BaowenException}, Javalin's 404/405/413) are 4xx; anything else is a bug, logged and answered
 * 500 without a stack trace.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> {
            if (e.status() == 503) {
                ctx.header("Retry-After", "2");
            }
            write(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), code(e.getStatus()), message(ctx, e)));
        routes.exception(BaowenException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
        // a backend that cannot answer now (e.g. a SolrCloud shard with no live replica): not a bug
        routes.exception(BackendUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, 503, "unavailable", e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "an internal error occurred; it has been logged");
        });
        // statuses set without an exception (e.g. by Jetty or the static files) still get a JSON body
        routes.error(404, ctx -> {
            if (isEmpty(ctx)) {
                write(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (isEmpty(ctx)) {
                write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "timeout";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "not_ready";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String message(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no route for " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body must be at most " + JsonBody.MAX_BYTES + " bytes";
            default -> e.getMessage();
        };
    }

    private static boolean isEmpty(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty();
    }

    static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json").result(Json.write(Json.error(code, message)));
    }
}
