package com.baowen.index;

import com.baowen.BaowenException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns a question into the BM25 query: every word and every character bigram of the question,
 * matched against the chunk text and (boosted less) the article title. Plain terms, no query
 * syntax, so any user text is safe. Thread-safe.
 */
final class LexicalQuery {
    /** Field weights: words carry the meaning, bigrams catch mis-segmented names, titles add context. */
    static final float TEXT_WORDS_BOOST = 1.0f;
    static final float TEXT_BIGRAMS_BOOST = 0.5f;
    static final float TITLE_WORDS_BOOST = 0.5f;
    static final float TITLE_BIGRAMS_BOOST = 0.25f;

    /** Most distinct terms per field taken from one question. */
    static final int MAX_TERMS = 200;

    private final Analyzer words;
    private final Analyzer bigrams;
    private final float[] boosts;

    LexicalQuery(Analyzer words, Analyzer bigrams) {
        this(words, bigrams, new float[] {TEXT_WORDS_BOOST, TEXT_BIGRAMS_BOOST, TITLE_WORDS_BOOST, TITLE_BIGRAMS_BOOST});
    }

    /** @param boosts weights of text words, text bigrams, title words, title bigrams (0 drops the field) */
    LexicalQuery(Analyzer words, Analyzer bigrams, float[] boosts) {
        if (boosts.length != 4) {
            throw new BaowenException("boosts must have 4 weights, got " + boosts.length);
        }
        this.words = words;
        this.bigrams = bigrams;
        this.boosts = boosts.clone();
    }

    Query build(String question) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        add(all, IndexFields.TEXT_WORDS, words, question, boosts[0]);
        add(all, IndexFields.TEXT_BIGRAMS, bigrams, question, boosts[1]);
        add(all, IndexFields.TITLE_WORDS, words, question, boosts[2]);
        add(all, IndexFields.TITLE_BIGRAMS, bigrams, question, boosts[3]);
        return all.build();
    }

    private static void add(BooleanQuery.Builder all, String field, Analyzer analyzer, String question, float boost) {
        if (boost <= 0) {
            return;
        }
        // distinct terms, capped: a 2000-character question must stay under Lucene's clause limit
        List<String> terms = new LinkedHashSet<>(terms(analyzer, field, question)).stream().limit(MAX_TERMS).toList();
        if (terms.isEmpty()) {
            return;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        all.add(new BoostQuery(b.build(), boost), BooleanClause.Occur.SHOULD);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new BaowenException("cannot analyse query '" + text + "': " + e.getMessage(), e);
        }
        return out;
    }
}
