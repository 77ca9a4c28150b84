package com.baowen.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A server-sent-events response written straight to the servlet stream, so that POST requests can
 * stream too; each event is flushed at once. Not thread-safe: one request thread writes.
 */
final class SseStream {
    private final OutputStream out;

    private SseStream(OutputStream out) {
        this.out = out;
    }

    /** Commits a 200 {@code text/event-stream} response. */
    static SseStream open(Context ctx) {
        ctx.status(200);
        var res = ctx.res();
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        try {
            return new SseStream(res.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the event stream", e);
        }
    }

    /** {@code event: name} then {@code data: <json>}. */
    void event(String name, Object data) throws IOException {
        write("event: " + name + "\ndata: " + Json.write(data) + "\n\n");
    }

    /** An unnamed event: {@code data: <raw>} (OpenAI's chunks and {@code [DONE]}). */
    void data(String raw) throws IOException {
        write("data: " + raw + "\n\n");
    }

    /** A comment line, which clients ignore: keeps the connection alive and finds out whether the client is still there. */
    void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
