package com.baowen.index;

import com.baowen.BaowenException;

/**
 * Weights of the BM25 fields in a query; 0 leaves a field out. Immutable.
 *
 * @param textWords    chunk text, SmartChineseAnalyzer words
 * @param textBigrams  chunk text, character bigrams (catch names the segmenter cuts wrongly)
 * @param titleWords   article title, words (the context a chunk's sentences leave implicit)
 * @param titleBigrams article title, bigrams
 */
public record LexicalWeights(float textWords, float textBigrams, float titleWords, float titleBigrams) {
    /** Words first; bigrams and the title as supporting evidence. */
    public static final LexicalWeights DEFAULT = new LexicalWeights(1.0f, 0.5f, 0.5f, 0.25f);
    /** Only words of the chunk text: SmartChineseAnalyzer BM25 as usually set up. */
    public static final LexicalWeights WORDS_ONLY = new LexicalWeights(1.0f, 0, 0, 0);

    public LexicalWeights {
        for (float w : new float[] {textWords, textBigrams, titleWords, titleBigrams}) {
            if (w < 0 || Float.isNaN(w)) {
                throw new BaowenException("BM25 field weights must be >= 0, got " + w);
            }
        }
        if (textWords + textBigrams + titleWords + titleBigrams == 0) {
            throw new BaowenException("at least one BM25 field weight must be positive");
        }
    }

    /** Parses "1,0.5,0.5,0.25" (text words, text bigrams, title words, title bigrams). */
    public static LexicalWeights parse(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            throw new BaowenException("BM25 field weights must be 4 numbers separated by commas, got '" + s + "'");
        }
        try {
            return new LexicalWeights(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3]));
        } catch (NumberFormatException e) {
            throw new BaowenException("BM25 field weights must be numbers, got '" + s + "'");
        }
    }
}
