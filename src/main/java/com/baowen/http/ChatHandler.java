package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.ocr.ArticleScans;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/chat}: a JSON answer, or server-sent events when the body says {@code "stream": true}
 * or the client accepts {@code text/event-stream} ({@link ChatEvents}: {@code citations}, one or more
 * {@code delta}, then {@code done} or {@code error}); with a language model the deltas are its text as it
 * arrives ({@link AnswerRelay}).
 */
final class ChatHandler implements Handler {
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
        ArticleScans scans = backend.scans().orElse(null);
        if (request.stream() || acceptsEventStream(ctx)) {
            // the stream opens on the first event, so a failure before it is still a plain JSON error
            AnswerRelay.relay(gate, answerer, request.question(), request.history(), request.topK(),
                    new ChatEvents(ctx, retriever, scans));
        } else {
            Answer answer = gate.run(() -> answerer.answer(request.question(), request.history(), request.topK()));
            ctx.contentType("application/json").result(Json.write(Provenances.answer(answer, retriever, scans)));
        }
    }

    static boolean acceptsEventStream(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/event-stream");
    }
}
