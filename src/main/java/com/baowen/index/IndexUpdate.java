package com.baowen.index;

import com.baowen.BaowenException;
import com.baowen.chunk.Chunk;
import com.baowen.chunk.Chunker;
import com.baowen.chunk.Span;
import com.baowen.embed.Embedder;
import com.baowen.ingest.Article;
import com.baowen.retrieve.EmbeddedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * One write session on the index: replace or delete whole source files, then commit. Baowen chunks
 * and embeds; the {@link Target} (the Lucene index on disk, or a SolrCloud collection) stores. Nothing
 * is visible to searches before {@link #commit()}; closing without committing discards what the target
 * can still discard. Not thread-safe: one indexing thread.
 */
public final class IndexUpdate implements AutoCloseable {
    /** Passages per call to the embedder. */
    static final int EMBED_BATCH = 32;

    /** Where the documents of one write session go. Not thread-safe: one indexing thread. */
    public interface Target {
        /** Replaces everything stored from {@code source} with these articles (and marks the file at {@code sha256}). */
        void replace(String source, String sha256, List<PreparedArticle> articles);

        /** Removes everything stored from {@code source}. */
        void delete(String source);

        /** Makes the changes so far durable and visible to new searches. */
        void commit(IndexMetadata metadata);

        /** Discards uncommitted changes where the target can, and releases it. */
        void close();
    }

    /**
     * An article chunked and embedded, ready to store; immutable by convention (do not change the arrays).
     *
     * @param chunkVectors one unit-length vector per chunk, in order
     * @param sentences    its sentences with unit-length vectors, in text order
     */
    public record PreparedArticle(Article article, List<Chunk> chunks, List<float[]> chunkVectors,
                                  List<EmbeddedSentence> sentences) {
        public PreparedArticle {
            chunks = List.copyOf(chunks);
            chunkVectors = List.copyOf(chunkVectors);
            sentences = List.copyOf(sentences);
        }
    }

    private final Target target;
    private final IndexMetadata metadata;
    private final Embedder embedder;
    private final Chunker chunker;
    private final boolean titleInVector;
    private long chunkEmbedNanos;
    private long sentenceEmbedNanos;

    public IndexUpdate(Target target, IndexMetadata metadata, Embedder embedder, Chunker chunker, boolean titleInVector) {
        if (embedder.dimension() != metadata.dimension()) {
            throw new BaowenException("embedder dimension must match the index's " + metadata.dimension()
                    + ", got " + embedder.dimension());
        }
        this.target = target;
        this.metadata = metadata;
        this.embedder = embedder;
        this.chunker = chunker;
        this.titleInVector = titleInVector;
    }

    /** What one file added. */
    public record FileStats(int articles, int chunks, long chunkChars, int sentences) {
    }

    /**
     * Replaces everything indexed from {@code file.source()} with its current articles.
     * Flow: 1. chunk each article and split it into sentences; 2. embed all chunks of the file, then
     * all sentences (in batches); 3. replace the file's old documents with the new ones.
     */
    public FileStats put(SourceFile file) {
        List<Article> articles = file.articles();
        List<List<Chunk>> chunks = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        List<String> chunkTexts = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        for (Article a : articles) {
            if (!a.source().equals(file.source())) {
                throw new BaowenException("article " + a.id() + " must come from " + file.source() + ", got source " + a.source());
            }
            List<Chunk> cs = chunker.chunk(a);
            chunks.add(cs);
            // the title gives a chunk the context its sentences leave implicit ("该县", "这一活动")
            cs.forEach(c -> chunkTexts.add(titleInVector ? a.title() + "\n" + c.text() : c.text()));
            List<Span> ss = SentenceSpans.of(a.text());
            spans.add(ss);
            ss.forEach(s -> sentenceTexts.add(s.of(a.text())));
        }
        long t0 = System.nanoTime();
        List<float[]> chunkVectors = embed(chunkTexts);
        long t1 = System.nanoTime();
        List<float[]> sentenceVectors = embed(sentenceTexts);
        chunkEmbedNanos += t1 - t0;
        sentenceEmbedNanos += System.nanoTime() - t1;

        List<PreparedArticle> prepared = new ArrayList<>();
        int c = 0;
        int s = 0;
        long chars = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<float[]> vectors = new ArrayList<>();
            for (Chunk chunk : chunks.get(i)) {
                vectors.add(chunkVectors.get(c++));
                chars += chunk.text().length();
            }
            List<EmbeddedSentence> es = new ArrayList<>();
            for (Span span : spans.get(i)) {
                es.add(new EmbeddedSentence(span.start(), span.end(), sentenceVectors.get(s++)));
            }
            prepared.add(new PreparedArticle(a, chunks.get(i), vectors, es));
        }
        target.replace(file.source(), file.sha256(), prepared);
        return new FileStats(articles.size(), c, chars, s);
    }

    private List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += EMBED_BATCH) {
            for (float[] v : embedder.embedPassages(texts.subList(i, Math.min(texts.size(), i + EMBED_BATCH)))) {
                out.add(Vectors.unit(v));
            }
        }
        return out;
    }

    /** Removes everything indexed from this source file. */
    public void delete(String source) {
        target.delete(source);
    }

    /** Makes the changes so far durable and visible to new searches, atomically where the target can. */
    public void commit() {
        target.commit(metadata);
    }

    long chunkEmbedMillis() {
        return chunkEmbedNanos / 1_000_000;
    }

    long sentenceEmbedMillis() {
        return sentenceEmbedNanos / 1_000_000;
    }

    /** Discards uncommitted changes and releases the target. */
    @Override
    public void close() {
        target.close();
    }
}
