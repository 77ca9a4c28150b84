package com.baowen.http;

import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search?q=…&k=5[&from=YYYY-MM-DD][&to=YYYY-MM-DD][&sort=relevance|date]} and
 * {@code POST /api/search} with {@code {q,k,from,to,sort}} (one {@link SearchRequest}): articles for a
 * query, each with its best chunk as snippet and its date. The search runs through the
 * {@link AnswerGate}, as it embeds the query like an answer does.
 */
final class SearchHandler {
    static final int DEFAULT_K = SearchRequest.DEFAULT_K;
    static final int MAX_K = 50;

    private final Backend backend;
    private final AnswerGate gate;

    SearchHandler(Backend backend, AnswerGate gate) {
        this.backend = backend;
        this.gate = gate;
    }

    void get(Context ctx) {
        search(ctx, SearchRequest.fromQuery(ctx));
    }

    void post(Context ctx) {
        search(ctx, SearchRequest.fromBody(JsonBody.read(ctx.req().getContentLengthLong(), ctx.bodyInputStream())));
    }

    private void search(Context ctx, SearchRequest request) {
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        List<ArticleHit> found = gate.run(() -> retriever.search(request.q(), request.k(), request.dates()));
        if (request.byDate()) {
            // the k most relevant, newest first; undated last
            found = found.stream().sorted(Comparator.comparing(ArticleHit::date,
                    Comparator.nullsLast(Comparator.<String>reverseOrder()))).toList();
        }
        List<Hit> hits = found.stream().map(Hit::of).toList();
        ctx.contentType("application/json").result(Json.write(Map.of("hits", hits)));
    }

    /** One search hit as the API shows it. */
    record Hit(String articleId, String title, String source, String date, String snippet, double score) {
        static Hit of(ArticleHit hit) {
            String snippet = hit.chunks().isEmpty() ? "" : hit.chunks().get(0).chunk().text();
            return new Hit(hit.articleId(), hit.title(), hit.source(), hit.date(), snippet, hit.score());
        }
    }
}
