package com.baowen.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/** The index's analyzers, per field: words for {@code *_words}, bigrams for {@code *_bigrams}. */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer words() {
        return new WordAnalyzer();
    }

    static Analyzer bigrams() {
        return new BigramAnalyzer();
    }

    /** One analyzer for the writer: each BM25 field with its chain, everything else untouched. */
    static Analyzer perField(Analyzer words, Analyzer bigrams) {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                IndexFields.TEXT_WORDS, words, IndexFields.TITLE_WORDS, words,
                IndexFields.TEXT_BIGRAMS, bigrams, IndexFields.TITLE_BIGRAMS, bigrams));
    }
}
