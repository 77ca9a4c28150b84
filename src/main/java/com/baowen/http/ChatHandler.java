package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/chat}: a JSON answer, or server-sent events when the body says {@code "stream": true}
 * or the client accepts {@code text/event-stream}: {@code citations}, one or more {@code delta},
 * then {@code done} (or {@code error}).
 */
final class ChatHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ChatHandler.class);

    private final Backend backend;
    private final AnswerGate gate;

    ChatHandler(Backend backend, AnswerGate gate) {
        this.backend = backend;
        this.gate = gate;
    }

    @Override
    public void handle(Context ctx) {
        ChatRequest request = ChatRequest.from(JsonBody.read(ctx.req().getContentLengthLong(), ctx.bodyInputStream()));
        Answerer answerer = backend.answerer(request.dates()).orElseThrow(() -> NotReady.error(backend));
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        // the answer is computed before the stream opens, so a failure is still a plain JSON error
        Answer answer = gate.run(() -> answerer.answer(request.question(), request.history(), request.topK()));
        Map<String, Object> body = Provenances.answer(answer, retriever, backend.scans().orElse(null));
        if (request.stream() || acceptsEventStream(ctx)) {
            stream(ctx, body);
        } else {
            ctx.contentType("application/json").result(Json.write(body));
        }
    }

    static boolean acceptsEventStream(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/event-stream");
    }

    private static void stream(Context ctx, Map<String, Object> answer) {
        SseStream sse = SseStream.open(ctx);
        try {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("noAnswer", answer.get("noAnswer"));
            head.put("citations", answer.get("citations"));
            sse.event("citations", head);
            for (String piece : AnswerPieces.of((String) answer.get("answer"))) {
                sse.event("delta", Map.of("text", piece));
            }
            sse.event("done", answer);
        } catch (IOException e) {
            LOG.debug("client left the event stream: {}", e.getMessage());
        } catch (RuntimeException e) {
            String id = ErrorMapping.logFailure("chat stream after it began", e);
            try {
                sse.event("error", ErrorMapping.internalError(id));
            } catch (IOException ignored) {
                LOG.debug("client left before the error event");
            }
        }
    }
}
