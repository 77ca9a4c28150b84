package com.baowen.index.solr;

import com.baowen.index.LexicalTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The BM25 query in Solr's JSON query DSL, term for term the embedded index's {@code LexicalQuery}:
 * per field a boolean OR of exact term queries (the terms were analysed by Baowen with the same
 * analyzers, so Solr must not analyse them again), boosted by the field's weight. Stateless.
 */
final class LexicalJson {
    private LexicalJson() {
    }

    static Map<String, Object> query(Map<String, LexicalTerms.Weighted> fields) {
        List<Object> perField = new ArrayList<>();
        fields.forEach((field, w) -> {
            List<Object> terms = new ArrayList<>();
            for (String t : w.terms()) {
                terms.add(Map.of("term", Map.of("f", field, "query", t)));
            }
            Map<String, Object> any = Map.of("bool", Map.of("should", terms));
            // {!boost b=w} multiplies the score by w, as Lucene's BoostQuery does
            perField.add(Map.of("boost", Map.of("query", any, "b", Float.toString(w.weight()))));
        });
        return Map.of("bool", Map.of("should", perField));
    }
}
