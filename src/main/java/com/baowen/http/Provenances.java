package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Citation;
import com.baowen.ingest.Article;
import com.baowen.ingest.Provenance;
import com.baowen.ocr.ArticleScans;
import com.baowen.retrieve.Retriever;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds each cited article's date and provenance ({@code date}, {@code paper}, {@code edition}, {@code page},
 * {@code url}, {@code origin}, when known) to citations as the API shows them, and {@code "scan": true} to those
 * whose article was read off a scan ({@code GET /api/articles/{id}/scan} shows where). Stateless. Public for
 * {@code ask --json}, which prints the same shape.
 */
public final class Provenances {
    private Provenances() {
    }

    /** The answer as JSON fields, its citations dated: the body of {@code POST /api/chat}. */
    public static Map<String, Object> answer(Answer a, Retriever retriever) {
        return answer(a, retriever, null);
    }

    /** @param scans the scans articles were read from, or null when none is served */
    static Map<String, Object> answer(Answer a, Retriever retriever, ArticleScans scans) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answer", a.answer());
        out.put("noAnswer", a.noAnswer());
        out.put("citations", citations(a.citations(), retriever, scans));
        out.put("tookMs", a.tookMs());
        return out;
    }

    /** The citations as JSON objects, each with its article's date and provenance. */
    static List<Map<String, Object>> citations(List<Citation> citations, Retriever retriever) {
        return citations(citations, retriever, null);
    }

    /** @param scans the scans articles were read from, or null when none is served */
    static List<Map<String, Object>> citations(List<Citation> citations, Retriever retriever, ArticleScans scans) {
        Map<String, Optional<Article>> articles = new HashMap<>();
        Map<String, Boolean> scanned = new HashMap<>();
        return citations.stream().map(c -> {
            Map<String, Object> m = Json.MAPPER.convertValue(c, Json.MAPPER.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
            articles.computeIfAbsent(c.articleId(), retriever::article).ifPresent(a -> {
                add(m, a);
                if (scans != null && scanned.computeIfAbsent(a.id(), id -> scans.hasScan(a))) {
                    m.put("scan", true);
                }
            });
            return m;
        }).toList();
    }

    /** Puts the article's date and the known parts of its provenance into {@code m}. */
    static void add(Map<String, Object> m, Article a) {
        m.put("date", a.date());
        Provenance p = a.provenance();
        putIfKnown(m, "paper", p.paper());
        putIfKnown(m, "edition", p.edition());
        putIfKnown(m, "page", p.page());
        putIfKnown(m, "url", p.url());
        putIfKnown(m, "origin", p.origin());
    }

    private static void putIfKnown(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
