package com.baowen.http;

import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.DateRange;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search?q=…&k=5[&from=YYYY-MM-DD][&to=YYYY-MM-DD][&sort=relevance|date]}: articles for a
 * query, each with its best chunk as snippet and its date.
 */
final class SearchHandler implements Handler {
    static final int DEFAULT_K = 5;
    static final int MAX_K = 50;

    private final Backend backend;

    SearchHandler(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void handle(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            throw HttpError.badRequest("q is missing; use /api/search?q=腊八粥");
        }
        String query = ChatRequest.checkQuestion(q, "q");
        int k = QueryParams.intParam(ctx, "k", DEFAULT_K, 1, MAX_K);
        DateRange dates = DateParams.of(ctx.queryParam("from"), ctx.queryParam("to"));
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.isEmpty() && !sort.equals("relevance") && !sort.equals("date")) {
            throw HttpError.badRequest("sort must be 'relevance' or 'date', got '" + QueryParams.shorten(sort) + "'");
        }
        Retriever retriever = backend.retriever().orElseThrow(NotReady::error);
        List<ArticleHit> found = retriever.search(query, k, dates);
        if ("date".equals(sort)) {
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
