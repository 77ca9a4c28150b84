package com.baowen.index;

import com.baowen.BaowenException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;

/**
 * One write session on the Lucene index. Each article is replaced with one
 * {@link IndexWriter#updateDocuments} (its chunks and its article document share the article id), so a
 * reader never sees half an article. Nothing is visible to searches, nor survives a crash, before
 * {@link #commit()}; closing without committing discards the session's changes. Not thread-safe.
 */
final class IndexUpdate implements ArticleStore.Writer {
    private final IndexWriter writer;
    private final IndexMetadata metadata;
    private final Runnable afterCommit;

    IndexUpdate(IndexWriter writer, IndexMetadata metadata, Runnable afterCommit) {
        this.writer = writer;
        this.metadata = metadata;
        this.afterCommit = afterCommit;
    }

    @Override
    public void put(EncodedArticle article) {
        String id = article.article().id();
        for (EncodedChunk c : article.chunks()) {
            if (c.vector().length != metadata.dimension()) {
                throw new BaowenException("chunk vectors must have the index's dimension " + metadata.dimension()
                        + ", got " + c.vector().length + " for " + c.chunk().id());
            }
        }
        try {
            writer.updateDocuments(new Term(IndexFields.ARTICLE_ID, id), Documents.of(article, metadata.dimension()));
        } catch (IOException e) {
            throw new BaowenException("cannot index article " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteArticle(String articleId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, articleId));
        } catch (IOException e) {
            throw new BaowenException("cannot delete article " + articleId + " from the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteSource(String source) {
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
        } catch (IOException e) {
            throw new BaowenException("cannot delete " + source + " from the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void markFile(String source, String sha256) {
        try {
            writer.updateDocument(new Term(IndexFields.FILE, source), Documents.file(source, sha256));
        } catch (IOException e) {
            throw new BaowenException("cannot mark " + source + " as indexed: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(metadata.toUserData().entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new BaowenException("cannot commit the index: " + e.getMessage(), e);
        }
        afterCommit.run();
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
