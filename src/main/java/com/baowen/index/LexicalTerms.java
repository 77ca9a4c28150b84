package com.baowen.index;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The BM25 side of the index for another engine: the folded text that goes into the BM25 fields, and
 * a question's distinct terms per field, made by the same analyzers as the embedded index's
 * {@link LexicalQuery}, so a SolrCloud collection scores exactly the same terms. Thread-safe.
 */
public final class LexicalTerms {
    public static final String TEXT_WORDS = IndexFields.TEXT_WORDS;
    public static final String TEXT_BIGRAMS = IndexFields.TEXT_BIGRAMS;
    public static final String TITLE_WORDS = IndexFields.TITLE_WORDS;
    public static final String TITLE_BIGRAMS = IndexFields.TITLE_BIGRAMS;

    private final WordAnalyzer words = new WordAnalyzer();
    private final BigramAnalyzer bigrams = new BigramAnalyzer();

    /** Traditional characters folded to simplified, as the embedded index folds before tokenising. */
    public static String fold(String text) {
        return TraditionalFoldingCharFilter.fold(text);
    }

    /**
     * @return field → its weight and the question's distinct terms (at most {@link LexicalQuery#MAX_TERMS}),
     *         for each field with a positive weight and at least one term, in a fixed field order
     */
    public Map<String, Weighted> terms(String question, LexicalWeights w) {
        Map<String, Weighted> out = new LinkedHashMap<>();
        put(out, TEXT_WORDS, w.textWords(), question);
        put(out, TEXT_BIGRAMS, w.textBigrams(), question);
        put(out, TITLE_WORDS, w.titleWords(), question);
        put(out, TITLE_BIGRAMS, w.titleBigrams(), question);
        return out;
    }

    /** One field's weight and terms. */
    public record Weighted(float weight, List<String> terms) {
    }

    private void put(Map<String, Weighted> out, String field, float weight, String question) {
        if (weight <= 0) {
            return;
        }
        var analyzer = field.endsWith("_words") ? words : bigrams;
        List<String> terms = new LinkedHashSet<>(TextAnalysis.terms(analyzer, field, question)).stream()
                .limit(LexicalQuery.MAX_TERMS).toList();
        if (!terms.isEmpty()) {
            out.put(field, new Weighted(weight, terms));
        }
    }
}
