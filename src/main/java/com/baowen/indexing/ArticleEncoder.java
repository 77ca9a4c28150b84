package com.baowen.indexing;

import com.baowen.BaowenException;
import com.baowen.chunk.Chunk;
import com.baowen.chunk.Chunker;
import com.baowen.chunk.SentenceSpans;
import com.baowen.chunk.Span;
import com.baowen.embed.Embedder;
import com.baowen.embed.PassageSpans;
import com.baowen.embed.PooledPassage;
import com.baowen.index.EncodedArticle;
import com.baowen.index.EncodedChunk;
import com.baowen.index.SentenceVector;
import com.baowen.ingest.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Chunks and embeds a batch of articles in one embedder call. A sentence's vector is pooled from its chunk's
 * forward pass ("late chunking"): no text is embedded twice. (Sentence vectors once came from a second model run
 * per sentence; pooling replaced it for about 1.4 times less ingest CPU, and the answer ranker is trained on
 * pooled vectors; docs/development-log.md, "Ingest at archive size".) Thread-safe when the embedder is.
 *
 * <p>Flow: 1. cut each article into chunks and into sentences ({@link SentenceSpans}); 2. give each sentence
 * to the first chunk that holds it whole (or, for a sentence cut across chunks, the one holding most of it);
 * 3. embed every chunk (its text, or "title + newline + chunk text") with its sentences' spans in one embedder
 * call; 4. assemble {@link EncodedArticle}s.
 */
public final class ArticleEncoder {
    private final Embedder embedder;
    private final Chunker chunker;
    private final boolean titleInVector;

    /** @param titleInVector whether a chunk's vector is computed from "title + newline + chunk text" */
    public ArticleEncoder(Embedder embedder, Chunker chunker, boolean titleInVector) {
        this.embedder = embedder;
        this.chunker = chunker;
        this.titleInVector = titleInVector;
    }

    /** The articles chunked and embedded, in order, each with its {@link ContentHash}. */
    public List<EncodedArticle> encode(List<Article> articles) {
        List<PassageSpans> passages = new ArrayList<>();
        List<List<Chunk>> chunksOf = new ArrayList<>();
        List<List<Span>> sentencesOf = new ArrayList<>();
        List<int[]> owner = new ArrayList<>(); // per sentence of all articles: {passage index, span index in it}
        for (Article a : articles) {
            List<Chunk> chunks = chunker.chunk(a);
            List<Span> sentences = SentenceSpans.of(a.text());
            chunksOf.add(chunks);
            sentencesOf.add(sentences);
            String prefix = titleInVector ? a.title() + "\n" : "";
            int first = passages.size();
            List<List<Span>> spansOf = new ArrayList<>();
            chunks.forEach(c -> spansOf.add(new ArrayList<>()));
            for (Span s : sentences) {
                int c = chunkFor(chunks, s);
                if (c < 0) {
                    owner.add(null);
                    continue;
                }
                Chunk chunk = chunks.get(c);
                int from = Math.max(s.start(), chunk.start()) - chunk.start() + prefix.length();
                int to = Math.min(s.end(), chunk.end()) - chunk.start() + prefix.length();
                owner.add(new int[] {first + c, spansOf.get(c).size()});
                spansOf.get(c).add(new Span(from, to));
            }
            for (int c = 0; c < chunks.size(); c++) {
                passages.add(new PassageSpans(prefix + chunks.get(c).text(), spansOf.get(c)));
            }
        }
        List<PooledPassage> pooled = passages.isEmpty() ? List.of() : embedder.embedWithSpans(passages);
        if (pooled.size() != passages.size()) {
            throw new BaowenException("embedder must return one vector per passage, got " + pooled.size() + " for " + passages.size());
        }
        List<EncodedArticle> out = new ArrayList<>(articles.size());
        int p = 0;
        int s = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            int first = p;
            List<EncodedChunk> chunks = new ArrayList<>();
            for (Chunk c : chunksOf.get(i)) {
                chunks.add(new EncodedChunk(c, pooled.get(p++).vector()));
            }
            List<SentenceVector> sentences = new ArrayList<>();
            for (Span span : sentencesOf.get(i)) {
                int[] o = owner.get(s);
                // a sentence in no chunk (blank text) falls back to the article's first chunk vector
                float[] v = o != null ? pooled.get(o[0]).spans().get(o[1])
                        : chunks.isEmpty() ? null : pooled.get(first).vector();
                s++;
                if (v != null) {
                    sentences.add(new SentenceVector(span.start(), span.end(), v));
                }
            }
            out.add(new EncodedArticle(a, ContentHash.of(a), chunks, sentences));
        }
        return out;
    }

    /** The chunk holding the sentence whole (the first such), else the one overlapping it most; -1 for none. */
    static int chunkFor(List<Chunk> chunks, Span s) {
        int best = -1;
        int bestOverlap = 0;
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            if (chunk.start() <= s.start() && s.end() <= chunk.end()) {
                return c;
            }
            int overlap = Math.min(s.end(), chunk.end()) - Math.max(s.start(), chunk.start());
            if (overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
