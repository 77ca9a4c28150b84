package com.baowen.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns a question into the BM25 query: every word and every character bigram of the question,
 * matched against the chunk text and (boosted less) the article title. Plain terms, no query
 * syntax, so any user text is safe. Thread-safe.
 */
final class LexicalQuery {
    /** Most distinct terms per field taken from one question. */
    static final int MAX_TERMS = 200;

    private final Analyzer words;
    private final Analyzer bigrams;

    LexicalQuery(Analyzer words, Analyzer bigrams) {
        this.words = words;
        this.bigrams = bigrams;
    }

    Query build(String question, LexicalWeights w) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        add(all, IndexFields.TEXT_WORDS, words, question, w.textWords());
        add(all, IndexFields.TEXT_BIGRAMS, bigrams, question, w.textBigrams());
        add(all, IndexFields.TITLE_WORDS, words, question, w.titleWords());
        add(all, IndexFields.TITLE_BIGRAMS, bigrams, question, w.titleBigrams());
        return all.build();
    }

    private static void add(BooleanQuery.Builder all, String field, Analyzer analyzer, String question, float boost) {
        if (boost <= 0) {
            return;
        }
        // distinct terms, capped: a 2000-character question must stay under Lucene's clause limit
        List<String> terms = new LinkedHashSet<>(TextAnalysis.terms(analyzer, field, question)).stream().limit(MAX_TERMS).toList();
        if (terms.isEmpty()) {
            return;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        all.add(new BoostQuery(b.build(), boost), BooleanClause.Occur.SHOULD);
    }
}
