package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The OpenAI-compatible endpoints: {@code POST /v1/chat/completions} (plain, or {@code stream: true}
 * as {@code chat.completion.chunk} events ending with {@code data: [DONE]}) and {@code GET /v1/models}.
 * Citations appear twice so any client shows them: as numbered source lines after the answer, and
 * as a top-level {@code citations} array.
 */
final class OpenAiHandler {
    static final String MODEL = "baowen";
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiHandler.class);

    private final Backend backend;
    private final AnswerGate gate;

    OpenAiHandler(Backend backend, AnswerGate gate) {
        this.backend = backend;
        this.gate = gate;
    }

    void models(Context ctx) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", MODEL);
        model.put("object", "model");
        model.put("created", 0);
        model.put("owned_by", "baowen");
        ctx.contentType("application/json").result(Json.write(Map.of("object", "list", "data", List.of(model))));
    }

    void completions(Context ctx) {
        OpenAiRequest request = OpenAiRequest.from(JsonBody.read(ctx.req().getContentLengthLong(), ctx.bodyInputStream()));
        Answerer answerer = backend.answerer().orElseThrow(() -> NotReady.error(backend));
        Answer answer = gate.run(() -> answerer.answer(request.question(), request.history(), ChatRequest.DEFAULT_TOP_K));
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (request.stream()) {
            stream(ctx, answer, id, created, Provenances.citations(answer.citations(), backend.retriever().orElseThrow(() -> NotReady.error(backend))));
        } else {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", "assistant");
            message.put("content", content(answer));
            message.put("refusal", null);
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("index", 0);
            choice.put("message", message);
            choice.put("logprobs", null);
            choice.put("finish_reason", "stop");
            Map<String, Object> body = envelope(id, "chat.completion", created);
            body.put("choices", List.of(choice));
            body.put("citations", Provenances.citations(answer.citations(), backend.retriever().orElseThrow(() -> NotReady.error(backend))));
            usage(request, message.get("content").toString()).ifPresent(u -> body.put("usage", u));
            ctx.contentType("application/json").result(Json.write(body));
        }
    }

    /**
     * OpenAI's {@code usage}, counted with the embedding model's tokenizer (the only model Baowen runs):
     * prompt tokens are those of the messages' contents, completion tokens those of the reply.
     */
    private Optional<Map<String, Object>> usage(OpenAiRequest request, String reply) {
        return backend.tokens().map(tokens -> {
            int prompt = tokens.count(request.question())
                    + request.history().stream().mapToInt(t -> tokens.count(t.content())).sum();
            int completion = tokens.count(reply);
            Map<String, Object> usage = new LinkedHashMap<>();
            usage.put("prompt_tokens", prompt);
            usage.put("completion_tokens", completion);
            usage.put("total_tokens", prompt + completion);
            return usage;
        });
    }

    /** The answer, then one line per citation: {@code [1] 标题 — 000_….txt：「snippet」}. */
    static String content(Answer answer) {
        return answer.answer() + sources(answer.citations());
    }

    static String sources(List<Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        StringBuilder lines = new StringBuilder("\n\n");
        for (Citation c : citations) {
            lines.append('\n').append('[').append(c.n()).append("] ").append(c.title())
                    .append(" — ").append(c.source()).append("：「").append(c.snippet()).append("」");
        }
        return lines.toString();
    }

    private static void stream(Context ctx, Answer answer, String id, long created, List<?> citations) {
        SseStream sse = SseStream.open(ctx);
        try {
            sse.data(Json.write(chunk(id, created, Map.of("role", "assistant", "content", ""), null, null)));
            for (String piece : AnswerPieces.of(answer.answer())) {
                sse.data(Json.write(chunk(id, created, Map.of("content", piece), null, null)));
            }
            String sources = sources(answer.citations());
            if (!sources.isEmpty()) {
                sse.data(Json.write(chunk(id, created, Map.of("content", sources), null, null)));
            }
            sse.data(Json.write(chunk(id, created, Map.of(), "stop", citations)));
            sse.data("[DONE]");
        } catch (IOException e) {
            LOG.debug("client left the completion stream: {}", e.getMessage());
        } catch (RuntimeException e) {
            String errorId = ErrorMapping.logFailure("completion stream after it began", e);
            try {
                sse.data(Json.write(ErrorMapping.internalError(errorId)));
            } catch (IOException ignored) {
                LOG.debug("client left before the error event");
            }
        }
    }

    private static Map<String, Object> chunk(String id, long created, Map<String, Object> delta, String finish,
                                             List<?> citations) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("logprobs", null);
        choice.put("finish_reason", finish);
        Map<String, Object> body = envelope(id, "chat.completion.chunk", created);
        body.put("choices", List.of(choice));
        if (citations != null) {
            body.put("citations", citations);
        }
        return body;
    }

    private static Map<String, Object> envelope(String id, String object, long created) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", MODEL);
        return body;
    }
}
