package com.baowen.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of an article that get their own vector: {@link SentenceSplitter}'s sentences, with
 * very short ones ("图为……", "（上接第一版）", a lone date) merged into a neighbour so that each
 * vector stands for a statement. Stateless.
 */
public final class SentenceSpans {
    /** Sentences shorter than this, in characters, are merged into the next (or the previous) one. */
    public static final int MIN_CHARS = 8;

    private SentenceSpans() {
    }

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int pendingStart = -1;
        for (Span s : SentenceSplitter.split(text)) {
            int start = pendingStart >= 0 ? pendingStart : s.start();
            if (s.end() - start < MIN_CHARS) {
                pendingStart = start;
                continue;
            }
            out.add(new Span(start, s.end()));
            pendingStart = -1;
        }
        if (pendingStart >= 0) {
            int end = text.stripTrailing().length();
            if (out.isEmpty()) {
                out.add(new Span(pendingStart, end));
            } else {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), end));
            }
        }
        return out;
    }
}
