package com.baowen.chunk;

import com.baowen.BaowenException;
import com.baowen.ingest.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text into sentence-aligned chunks; immutable and thread-safe.
 *
 * <p>Flow:
 * <ol>
 *   <li>split the text into sentences ({@link SentenceSplitter});</li>
 *   <li>pack whole sentences into a chunk while it stays within {@code maxChars};</li>
 *   <li>start the next chunk {@code overlapSentences} sentences before the previous one ended, but
 *       always with at least one new sentence and never beyond {@code maxChars};</li>
 *   <li>a sentence that alone exceeds {@code maxChars} is cut into pieces, preferably after a comma.</li>
 * </ol>
 */
public final class Chunker {
    public static final int DEFAULT_OVERLAP_SENTENCES = 1;
    public static final int MIN_CHARS = 50;
    public static final int MAX_CHARS = 2000;

    private final int maxChars;
    private final int overlapSentences;

    /**
     * @param maxChars         the largest chunk, in characters, 50..2000
     * @param overlapSentences sentences repeated from the end of one chunk at the start of the next, 0..10
     */
    public Chunker(int maxChars, int overlapSentences) {
        if (maxChars < MIN_CHARS || maxChars > MAX_CHARS) {
            throw new BaowenException("maxChars must be between " + MIN_CHARS + " and " + MAX_CHARS + ", got " + maxChars);
        }
        if (overlapSentences < 0 || overlapSentences > 10) {
            throw new BaowenException("overlapSentences must be between 0 and 10, got " + overlapSentences);
        }
        this.maxChars = maxChars;
        this.overlapSentences = overlapSentences;
    }

    /** A chunker with the default overlap of one sentence. */
    public Chunker(int maxChars) {
        this(maxChars, DEFAULT_OVERLAP_SENTENCES);
    }

    /** @return the article's chunks in order, ordinals 0.., empty for an article with blank text */
    public List<Chunk> chunk(Article article) {
        String text = article.text();
        List<Span> spans = cut(text);
        List<Chunk> chunks = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int ordinal = chunks.size();
            chunks.add(new Chunk(Chunk.idOf(article.id(), ordinal), article.id(), ordinal, s.start(), s.end(), s.of(text)));
        }
        return List.copyOf(chunks);
    }

    /** @return the chunk ranges of {@code text}, in order */
    public List<Span> cut(String text) {
        List<Span> sentences = SentenceSplitter.split(text);
        List<Span> out = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            Span head = sentences.get(first);
            if (head.length() > maxChars) {
                cutLongSentence(text, head, out);
                first++;
                continue;
            }
            int last = first;
            while (last + 1 < sentences.size() && sentences.get(last + 1).end() - head.start() <= maxChars) {
                last++;
            }
            out.add(new Span(head.start(), sentences.get(last).end()));
            if (last + 1 >= sentences.size()) {
                break;
            }
            first = nextFirst(sentences, first, last);
        }
        return out;
    }

    private int nextFirst(List<Span> sentences, int first, int last) {
        int next = Math.max(last + 1 - overlapSentences, first + 1);
        int newEnd = sentences.get(last + 1).end();
        // overlap only when the overlapped sentences and one new sentence fit together
        while (next <= last && newEnd - sentences.get(next).start() > maxChars) {
            next++;
        }
        return next;
    }

    private void cutLongSentence(String text, Span sentence, List<Span> out) {
        int start = sentence.start();
        while (sentence.end() - start > maxChars) {
            int end = start + maxChars;
            int comma = lastBreak(text, start + maxChars / 2, end);
            if (comma > 0) {
                end = comma;
            }
            out.add(new Span(start, end));
            start = end;
            while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < sentence.end()) {
            out.add(new Span(start, sentence.end()));
        }
    }

    /** @return the offset just after the last comma-like character in [from, to), or -1 */
    private static int lastBreak(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if ("，、,：:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
