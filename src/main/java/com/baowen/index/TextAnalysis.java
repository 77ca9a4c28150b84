package com.baowen.index;

import com.baowen.BaowenException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The index's own text analysis for other stages: the words BM25 indexes (same fold, same
 * segmentation, same filters as the {@code *_words} fields), so the answer stage matches terms
 * exactly as retrieval does. Thread-safe.
 */
public final class TextAnalysis {
    private static final Analyzer WORDS = Analyzers.words();

    private TextAnalysis() {
    }

    /** The words of {@code text} as the index's word fields hold them, in order, repeats kept. */
    public static List<String> words(String text) {
        return terms(WORDS, IndexFields.TEXT_WORDS, text);
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order, repeats kept. */
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
            throw new BaowenException("cannot analyse text of " + text.length() + " characters for " + field + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** Traditional to simplified Chinese as the index folds it (the ICU transform of its char filter). */
    public static String fold(String text) {
        return TraditionalFoldingCharFilter.fold(text);
    }
}
