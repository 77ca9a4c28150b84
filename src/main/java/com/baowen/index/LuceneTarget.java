package com.baowen.index;

import com.baowen.BaowenException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link IndexUpdate}'s documents into the Lucene index on disk, through its one {@link IndexWriter}:
 * nothing survives a crash before {@link #commit}, and {@link #close} rolls back. Not thread-safe.
 */
final class LuceneTarget implements IndexUpdate.Target {
    private final IndexWriter writer;
    private final Runnable afterCommit;

    LuceneTarget(IndexWriter writer, Runnable afterCommit) {
        this.writer = writer;
        this.afterCommit = afterCommit;
    }

    @Override
    public void replace(String source, String sha256, List<IndexUpdate.PreparedArticle> articles) {
        List<Document> docs = new ArrayList<>();
        for (IndexUpdate.PreparedArticle p : articles) {
            for (int i = 0; i < p.chunks().size(); i++) {
                docs.add(Documents.chunk(p.chunks().get(i), p.article(), p.chunkVectors().get(i)));
            }
            int dimension = p.sentences().isEmpty() ? 0 : p.sentences().get(0).vector().length;
            docs.add(Documents.article(p.article(), sha256, p.sentences(), dimension));
        }
        docs.add(Documents.file(source, sha256));
        try {
            writer.updateDocuments(new Term(IndexFields.SOURCE, source), docs);
        } catch (IOException e) {
            throw new BaowenException("cannot index " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String source) {
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
        } catch (IOException e) {
            throw new BaowenException("cannot delete " + source + " from the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(IndexMetadata metadata) {
        try {
            writer.setLiveCommitData(metadata.toUserData().entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new BaowenException("cannot commit the index: " + e.getMessage(), e);
        }
        afterCommit.run();
    }

    @Override
    public void close() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new BaowenException("cannot close the index writer: " + e.getMessage(), e);
        }
    }
}
