package com.baowen.http;

import com.baowen.BackendUnavailableException;
import com.baowen.InvalidInputException;
import com.baowen.answer.LlmStreamException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns every failure into {@code {"error":{"code","message"}}}: caller mistakes ({@link HttpError},
 * {@link InvalidInputException}, Javalin's 404/405/413) are 4xx; anything else, including a
 * {@link com.baowen.BaowenException} from the index or the model, is our fault: a 500 whose body
 * carries a short id that is logged with the stack trace, so a report can be matched to its cause.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> {
            if (e.status() == 503) {
                ctx.header("Retry-After", "busy".equals(e.code()) ? Integer.toString(AnswerGate.RETRY_AFTER_SECONDS) : "2");
            }
            write(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), code(e.getStatus()), message(ctx, e)));
        routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
        // a backend that cannot answer now (e.g. a SolrCloud shard with no live replica): not a bug
        routes.exception(BackendUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, 503, "unavailable", e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String id = logFailure(ctx.method() + " " + ctx.path(), e);
            ctx.status(500).contentType("application/json").result(Json.write(internalError(id)));
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
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 503 -> "not_ready";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    /** Logs an unexpected failure with its stack under a new short id, and returns the id. */
    static String logFailure(String what, Throwable e) {
        String id = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24); // 10 hex digits at most
        LOG.error("error {}: {} failed", id, what, e);
        return id;
    }

    /** The body of a 500: no detail of the failure, only the id under which it was logged. */
    static Map<String, Object> internalError(String id) {
        return Json.error("internal_error", "an internal error occurred; it has been logged with id " + id, id);
    }

    /**
     * The error event of a stream that failed after its headers were sent (the status is 200 by then):
     * the same codes as the statuses would have had; the model breaking off is {@code llm_failed}.
     */
    static Map<String, Object> inStream(String what, RuntimeException e) {
        return switch (e) {
            case LlmStreamException x -> Json.error("llm_failed",
                    "the language model stopped in the middle of its answer; the text so far is incomplete: ask again");
            case HttpError x -> Json.error(x.code(), x.getMessage());
            case InvalidInputException x -> Json.error("bad_request", x.getMessage());
            case BackendUnavailableException x -> Json.error("unavailable", x.getMessage());
            default -> internalError(logFailure(what, e));
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
