package com.baowen.http;

import com.baowen.ingest.Article;
import com.baowen.retrieve.Retriever;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/articles?offset=&limit=} (a page of the list) and {@code GET /api/articles/{id}} (one article). */
final class ArticlesHandler {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int MAX_ID_CHARS = 200;

    private final Backend backend;

    ArticlesHandler(Backend backend) {
        this.backend = backend;
    }

    void list(Context ctx) {
        int offset = QueryParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryParams.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        int total = retriever.articleCount();
        // past the end nothing is asked of the index: a huge offset must cost nothing
        List<Summary> articles = offset >= total ? List.of()
                : retriever.articles(offset, limit).stream().map(Summary::of).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", total);
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("articles", articles);
        ctx.contentType("application/json").result(Json.write(page));
    }

    void one(Context ctx) {
        String id = checkId(ctx.pathParam("id"));
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        Article article = retriever.article(id)
                .orElseThrow(() -> HttpError.notFound("no article with id '" + id + "'"));
        ctx.contentType("application/json").result(Json.write(Full.of(article)));
    }

    /** Rejects ids that could only be path tricks or garbage before they reach the index. */
    static String checkId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_CHARS) {
            throw HttpError.badRequest("article id must be 1.." + MAX_ID_CHARS + " characters, got " + id.length());
        }
        if (id.contains("/") || id.contains("\\") || id.contains("..") || id.indexOf('\uFFFD') >= 0
                || id.chars().anyMatch(Character::isISOControl)) {
            throw HttpError.badRequest("article id must not contain '/', '\\', '..', control characters or invalid UTF-8, got '"
                    + QueryParams.shorten(id.replaceAll("\\p{Cntrl}", "?")) + "'");
        }
        return id;
    }

    static String kindName(Article article) {
        return article.kind().name().toLowerCase(Locale.ROOT);
    }

    /** An article in the list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(String id, String title, String source, String kind, String date, String paper) {
        static Summary of(Article a) {
            return new Summary(a.id(), a.title(), a.source(), kindName(a), a.date(), a.provenance().paper());
        }
    }

    /** A whole article; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Full(String id, String title, String subtitle, String byline, String kind, String source, String date,
                String paper, String edition, String page, String url, String origin, String text) {
        static Full of(Article a) {
            var p = a.provenance();
            return new Full(a.id(), a.title(), a.subtitle(), a.byline(), kindName(a), a.source(), a.date(),
                    p.paper(), p.edition(), p.page(), p.url(), p.origin(), a.text());
        }
    }
}
