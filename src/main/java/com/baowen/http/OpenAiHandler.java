package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;

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
    /** Put before the checked answer when it differs from the text already streamed. */
    static final String CORRECTION = "\n\n更正（核对出处后）：";

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
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (request.stream()) {
            AnswerRelay.relay(gate, answerer, request.question(), request.history(), ChatRequest.DEFAULT_TOP_K,
                    new Chunks(ctx, id, created, retriever, request));
            return;
        }
        Answer answer = gate.run(() -> answerer.answer(request.question(), request.history(), ChatRequest.DEFAULT_TOP_K));
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
        body.put("citations", Provenances.citations(answer.citations(), retriever));
        usage(request, message.get("content").toString()).ifPresent(u -> body.put("usage", u));
        ctx.contentType("application/json").result(Json.write(body));
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

    /**
     * A streamed completion: a role chunk, content chunks (the model's text as it arrives, or the answer
     * in pieces), the numbered source lines, a {@code stop} chunk with {@code citations}, a {@code usage}
     * chunk when asked, then {@code [DONE]}. When the checked answer is not what streamed (a quotation
     * did not hold), it follows as {@code 更正：…}: a client cannot take back what it has shown.
     */
    private final class Chunks implements AnswerRelay.Sink {
        private final Context ctx;
        private final String id;
        private final long created;
        private final Retriever retriever;
        private final OpenAiRequest request;
        private final StringBuilder content = new StringBuilder();
        private SseStream sse;

        Chunks(Context ctx, String id, long created, Retriever retriever, OpenAiRequest request) {
            this.ctx = ctx;
            this.id = id;
            this.created = created;
            this.retriever = retriever;
            this.request = request;
        }

        @Override
        public void citations(boolean noAnswer, List<Citation> citations) {
            // OpenAI's chunks have no place for sources before the text: they come with the last chunk
        }

        @Override
        public void delta(String text) throws IOException {
            write(text);
        }

        @Override
        public void done(Answer answer, boolean rewritten) throws IOException {
            if (content.isEmpty()) {
                for (String piece : AnswerPieces.of(answer.answer())) {
                    write(piece);
                }
            } else if (rewritten) {
                write(CORRECTION + answer.answer());
            }
            String sources = sources(answer.citations());
            if (!sources.isEmpty()) {
                write(sources);
            }
            open().data(Json.write(chunk(id, created, Map.of(), "stop", Provenances.citations(answer.citations(), retriever))));
            if (request.includeUsage()) {
                Map<String, Object> last = envelope(id, "chat.completion.chunk", created);
                last.put("choices", List.of());
                usage(request, content.toString()).ifPresent(u -> last.put("usage", u));
                open().data(Json.write(last));
            }
            open().data("[DONE]");
        }

        @Override
        public void failed(RuntimeException e) throws IOException {
            open().data(Json.write(ErrorMapping.inStream("completion stream after it began", e)));
        }

        @Override
        public void idle() throws IOException {
            open().comment("waiting for the answer");
        }

        @Override
        public boolean opened() {
            return sse != null;
        }

        /** One content chunk. */
        private void write(String text) throws IOException {
            open().data(Json.write(chunk(id, created, Map.of("content", text), null, null)));
            content.append(text);
        }

        private SseStream open() throws IOException {
            if (sse == null) {
                sse = SseStream.open(ctx);
                sse.data(Json.write(chunk(id, created, Map.of("role", "assistant", "content", ""), null, null)));
            }
            return sse;
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
