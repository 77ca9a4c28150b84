package com.baowen.index;

import com.baowen.BaowenException;
import com.baowen.chunk.Chunk;
import com.baowen.chunk.Chunker;
import com.baowen.chunk.Span;
import com.baowen.embed.Embedder;
import com.baowen.ingest.Article;
import com.baowen.retrieve.EmbeddedSentence;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One write session on the index: replace or delete whole source files, then commit. Nothing is
 * visible to searches, nor survives a crash, before {@link #commit()}; closing without committing
 * discards the session's changes. Not thread-safe: one indexing thread.
 */
public final class IndexUpdate implements AutoCloseable {
    /** Passages per call to the embedder. */
    static final int EMBED_BATCH = 32;

    private final IndexWriter writer;
    private final IndexMetadata metadata;
    private final Runnable afterCommit;
    private final Embedder embedder;
    private final Chunker chunker;
    private final boolean titleInVector;
    private long chunkEmbedNanos;
    private long sentenceEmbedNanos;

    IndexUpdate(IndexWriter writer, IndexMetadata metadata, Runnable afterCommit, Embedder embedder,
                Chunker chunker, boolean titleInVector) {
        if (embedder.dimension() != metadata.dimension()) {
            throw new BaowenException("embedder dimension must match the index's " + metadata.dimension()
                    + ", got " + embedder.dimension());
        }
        this.writer = writer;
        this.metadata = metadata;
        this.afterCommit = afterCommit;
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
     * all sentences (in batches); 3. delete the file's old documents and add the new ones.
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

        List<Document> docs = new ArrayList<>();
        int c = 0;
        int s = 0;
        long chars = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (Chunk chunk : chunks.get(i)) {
                docs.add(Documents.chunk(chunk, a, chunkVectors.get(c++)));
                chars += chunk.text().length();
            }
            List<EmbeddedSentence> es = new ArrayList<>();
            for (Span span : spans.get(i)) {
                es.add(new EmbeddedSentence(span.start(), span.end(), sentenceVectors.get(s++)));
            }
            docs.add(Documents.article(a, file.sha256(), es, metadata.dimension()));
        }
        docs.add(Documents.file(file.source(), file.sha256()));
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, file.source()));
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new BaowenException("cannot index " + file.source() + ": " + e.getMessage(), e);
        }
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
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
        } catch (IOException e) {
            throw new BaowenException("cannot delete " + source + " from the index: " + e.getMessage(), e);
        }
    }

    /** Makes the changes so far durable and visible to new searches, atomically. */
    public void commit() {
        try {
            writer.setLiveCommitData(metadata.toUserData().entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new BaowenException("cannot commit the index: " + e.getMessage(), e);
        }
        afterCommit.run();
    }

    long chunkEmbedMillis() {
        return chunkEmbedNanos / 1_000_000;
    }

    long sentenceEmbedMillis() {
        return sentenceEmbedNanos / 1_000_000;
    }

    /** Discards uncommitted changes and releases the write lock. */
    @Override
    public void close() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new BaowenException("cannot close the index writer: " + e.getMessage(), e);
        }
    }
}
