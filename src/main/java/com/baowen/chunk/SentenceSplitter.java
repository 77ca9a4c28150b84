package com.baowen.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences, as exact offsets into the text; stateless and thread-safe.
 *
 * <p>A sentence ends after a run of terminators ({@code 。！？；…} and ASCII {@code !?;}) together with
 * the closing quotes and brackets that follow them ({@code ”’」』）》】)]"'}); a line break also ends
 * a sentence. Spans never start or end with white space and, together, cover every non-blank
 * character of the text in order.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = "。！？；…!?;";
    private static final String CLOSERS = "”’」』）》】)]\"'";

    private SentenceSplitter() {
    }

    /** @return the sentences of {@code text}, in order; empty for blank text */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, start, i, spans);
                start = -1;
                i++;
                continue;
            }
            if (start < 0) {
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                start = i;
            }
            if (isTerminator(c)) {
                int end = i + 1;
                while (end < n && isTerminator(text.charAt(end))) {
                    end++;
                }
                while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                addTrimmed(text, start, end, spans);
                start = -1;
                i = end;
                continue;
            }
            i++;
        }
        addTrimmed(text, start, n, spans);
        return List.copyOf(spans);
    }

    /** True for a character that ends a sentence ({@code 。！？；…!?;}). */
    public static boolean isTerminator(char c) {
        return TERMINATORS.indexOf(c) >= 0;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        if (start < 0) {
            return;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
