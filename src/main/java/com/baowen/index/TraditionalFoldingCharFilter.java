package com.baowen.index;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Folds traditional Chinese characters to simplified ones before tokenisation, so that a query in
 * either script matches text in the other, and word segmentation (trained on simplified text) sees
 * the script it knows. Not thread-safe (one per token stream, as Lucene uses char filters).
 *
 * <p>The ICU transform {@code Traditional-Simplified} maps character for character in almost all
 * cases; offsets are passed through unchanged (the BM25 fields are not highlighted).
 */
final class TraditionalFoldingCharFilter extends CharFilter {
    private static final ThreadLocal<Transliterator> TRANSLITERATOR =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private String folded;
    private int pos;

    TraditionalFoldingCharFilter(Reader in) {
        super(in);
    }

    /** Folds one string, for callers outside an analyzer. */
    static String fold(String text) {
        return TRANSLITERATOR.get().transliterate(text);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (folded == null) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1024];
            for (int n; (n = input.read(buf)) != -1; ) {
                sb.append(buf, 0, n);
            }
            folded = fold(sb.toString());
        }
        if (pos >= folded.length()) {
            return -1;
        }
        int n = Math.min(len, folded.length() - pos);
        folded.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }
}
