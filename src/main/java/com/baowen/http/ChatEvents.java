package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Citation;
import com.baowen.ocr.ArticleScans;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server-sent events of {@code POST /api/chat}: {@code citations} first (again whenever the
 * streamed text cites a new source), {@code delta} pieces, then {@code done} with the checked answer
 * ({@code "corrected": true} when it replaces what the deltas gave), or {@code error}. The stream opens
 * on the first event. Not thread-safe: the request thread writes.
 */
final class ChatEvents implements AnswerRelay.Sink {
    private final Context ctx;
    private final Retriever retriever;
    /** Marks citations read off a page scan ({@code scan: true}), or {@code null} when there are none. */
    private final ArticleScans scans;
    private SseStream sse;
    private boolean citationsSent;
    private boolean deltaSent;

    ChatEvents(Context ctx, Retriever retriever, ArticleScans scans) {
        this.ctx = ctx;
        this.retriever = retriever;
        this.scans = scans;
    }

    @Override
    public void citations(boolean noAnswer, List<Citation> citations) throws IOException {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("noAnswer", noAnswer);
        head.put("citations", Provenances.citations(citations, retriever, scans));
        open().event("citations", head);
        citationsSent = true;
    }

    @Override
    public void delta(String text) throws IOException {
        if (!citationsSent) {
            citations(false, List.of());
        }
        open().event("delta", Map.of("text", text));
        deltaSent = true;
    }

    @Override
    public void done(Answer answer, boolean rewritten) throws IOException {
        if (!citationsSent) {
            citations(answer.noAnswer(), answer.citations());
        }
        if (!deltaSent) {
            for (String piece : AnswerPieces.of(answer.answer())) {
                open().event("delta", Map.of("text", piece));
            }
        }
        Map<String, Object> body = Provenances.answer(answer, retriever, scans);
        if (rewritten && deltaSent) {
            body.put("corrected", true);
        }
        open().event("done", body);
    }

    @Override
    public void failed(RuntimeException e) throws IOException {
        open().event("error", ErrorMapping.inStream("chat stream after it began", e));
    }

    @Override
    public void idle() throws IOException {
        open().comment("waiting for the answer");
    }

    @Override
    public boolean opened() {
        return sse != null;
    }

    private SseStream open() {
        if (sse == null) {
            sse = SseStream.open(ctx);
        }
        return sse;
    }
}
