package com.baowen.http;

import com.baowen.ingest.Article;
import com.baowen.ocr.ArticleScans;
import com.baowen.ocr.OcrPage;
import com.baowen.ocr.ScannedDocument;
import com.baowen.retrieve.Retriever;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/articles/{id}/scan?from=&to=} (the scan an article was read from: its pages' sizes and the
 * boxes around characters {@code from..to} of the article's text, one a printed line) and
 * {@code GET /api/articles/{id}/scan/{page}} (that page as a JPEG). An article not read from a scan is a 404
 * {@code no_scan}; a scan changed since indexing a 409 {@code scan_changed}. Thread-safe.
 */
final class ScanHandler {
    /** Browsers keep a page image but ask again with its ETag (the scan's digest), as a re-indexed file changes it. */
    static final String CACHE_CONTROL = "private, no-cache";

    private final Backend backend;

    ScanHandler(Backend backend) {
        this.backend = backend;
    }

    void boxes(Context ctx) {
        Article article = article(ctx);
        int length = article.text().length();
        int from = QueryParams.intParam(ctx, "from", 0, 0, length);
        int to = QueryParams.intParam(ctx, "to", length, 0, length);
        if (from >= to) {
            throw HttpError.badRequest("from must be less than to, got from=" + from + " and to=" + to);
        }
        ArticleScans.Scan scan = scanOf(article);
        ScannedDocument doc = scan.doc();
        List<Map<String, Object>> pages = doc.pages().stream().map(ScanHandler::page).toList();
        List<Map<String, Object>> boxes = ArticleScans.boxes(article, doc, from, to).stream()
                .map(span -> box(span, doc)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articleId", article.id());
        body.put("source", article.source());
        body.put("from", from);
        body.put("to", to);
        body.put("pages", pages);
        body.put("boxes", boxes);
        ctx.contentType("application/json").result(Json.write(body));
    }

    void image(Context ctx) {
        Article article = article(ctx);
        int page = QueryParams.intValue("page", ctx.pathParam("page"), -1, 0, Integer.MAX_VALUE);
        ArticleScans.Scan scan = scanOf(article);
        int pages = scan.doc().pages().size();
        if (page >= pages) {
            throw HttpError.notFound("page " + page + " is not in the scan " + article.source() + ": its pages are 0.." + (pages - 1));
        }
        String etag = "\"" + scan.sha256().substring(0, 32) + "-" + page + "\"";
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("image/jpeg").result(scans().pageImage(scan, page));
    }

    private Article article(Context ctx) {
        String id = ArticlesHandler.checkId(ctx.pathParam("id"));
        Retriever retriever = backend.retriever().orElseThrow(() -> NotReady.error(backend));
        return retriever.article(id).orElseThrow(() -> HttpError.notFound("no article with id '" + id + "'"));
    }

    private ArticleScans scans() {
        return backend.scans().orElseThrow(() -> new HttpError(404, "no_scan",
                "this server reads no scans: the OCR models are not in the models folder (models/ocr)"));
    }

    private ArticleScans.Scan scanOf(Article article) {
        try {
            return scans().scanOf(article);
        } catch (ArticleScans.NoScanException e) {
            throw e.changed() ? new HttpError(409, "scan_changed", e.getMessage()) : new HttpError(404, "no_scan", e.getMessage());
        }
    }

    private static Map<String, Object> page(OcrPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", p.width());
        m.put("height", p.height());
        m.put("imageWidth", ArticleScans.imageWidth(p));
        return m;
    }

    /** A box as its axis-aligned bounds in page pixels, its tilt and the characters read in it. */
    private static Map<String, Object> box(ScannedDocument.LineSpan span, ScannedDocument doc) {
        double[] b = span.box().bounds();
        OcrPage p = doc.pages().get(span.page());
        // a box of a line at the edge of a tilted page may reach past it: kept on the page
        double x0 = Math.max(0, b[0]);
        double y0 = Math.max(0, b[1]);
        double x1 = Math.min(p.width(), b[2]);
        double y1 = Math.min(p.height(), b[3]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", span.page());
        m.put("x", round(x0));
        m.put("y", round(y0));
        m.put("width", round(Math.max(0, x1 - x0)));
        m.put("height", round(Math.max(0, y1 - y0)));
        m.put("angle", round(Math.toDegrees(span.box().angle())));
        m.put("text", doc.text().substring(span.start(), span.end()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
