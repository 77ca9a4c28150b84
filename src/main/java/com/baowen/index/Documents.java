package com.baowen.index;

import com.baowen.chunk.Chunk;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import com.baowen.ingest.SourceMap;
import com.baowen.retrieve.EmbeddedSentence;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import java.util.List;

/** Builds the index's Lucene documents from articles and chunks, and reads them back. Stateless. */
final class Documents {
    private Documents() {
    }

    /** A searchable chunk: BM25 over its text and its article's title, and its vector (unit length). */
    static Document chunk(Chunk chunk, Article article, float[] vector) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_CHUNK, Field.Store.NO));
        d.add(new StringField(IndexFields.ID, chunk.id(), Field.Store.YES));
        d.add(new StringField(IndexFields.ARTICLE_ID, chunk.articleId(), Field.Store.YES));
        d.add(new StringField(IndexFields.SOURCE, article.source(), Field.Store.YES));
        d.add(new StoredField(IndexFields.ORDINAL, chunk.ordinal()));
        d.add(new StoredField(IndexFields.START, chunk.start()));
        d.add(new StoredField(IndexFields.END, chunk.end()));
        d.add(new StoredField(IndexFields.TITLE, article.title()));
        d.add(new StoredField(IndexFields.TEXT, chunk.text()));
        d.add(new TextField(IndexFields.TEXT_WORDS, chunk.text(), Field.Store.NO));
        d.add(new TextField(IndexFields.TEXT_BIGRAMS, chunk.text(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_WORDS, article.title(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_BIGRAMS, article.title(), Field.Store.NO));
        // vectors are unit length, so the dot product is the cosine and cheaper
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return d;
    }

    /** An article, stored for display and citation, with its sentence vectors. */
    static Document article(Article a, String sha256, List<EmbeddedSentence> sentences, int dimension) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
        d.add(new StringField(IndexFields.SOURCE, a.source(), Field.Store.YES));
        d.add(new StoredField(IndexFields.SHA256, sha256));
        d.add(new StoredField(IndexFields.TITLE, a.title()));
        if (a.subtitle() != null) {
            d.add(new StoredField(IndexFields.SUBTITLE, a.subtitle()));
        }
        if (a.byline() != null) {
            d.add(new StoredField(IndexFields.BYLINE, a.byline()));
        }
        d.add(new StoredField(IndexFields.KIND, a.kind().name()));
        if (a.date() != null) {
            d.add(new StoredField(IndexFields.DATE, a.date()));
        }
        d.add(new StoredField(IndexFields.TEXT, a.text()));
        d.add(new StoredField(IndexFields.SOURCE_MAP, BinaryCodec.offsets(offsets(a.sourceMap()))));
        d.add(new StoredField(IndexFields.SENTENCES, BinaryCodec.sentences(sentences, dimension)));
        return d;
    }

    /** Marks a source file as indexed at this content hash (also for files that held no article). */
    static Document file(String source, String sha256) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FILE, Field.Store.NO));
        d.add(new StringField(IndexFields.ID, source, Field.Store.YES));
        d.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
        d.add(new StoredField(IndexFields.SHA256, sha256));
        return d;
    }

    static Article toArticle(Document d) {
        String text = d.get(IndexFields.TEXT);
        BytesRef map = d.getBinaryValue(IndexFields.SOURCE_MAP);
        SourceMap sourceMap = map == null ? SourceMap.identity(text.length())
                : new SourceMap(BinaryCodec.offsets(BytesRef.deepCopyOf(map).bytes));
        return new Article(d.get(IndexFields.ID), d.get(IndexFields.TITLE), d.get(IndexFields.SUBTITLE),
                d.get(IndexFields.BYLINE), ArticleKind.valueOf(d.get(IndexFields.KIND)), d.get(IndexFields.SOURCE),
                d.get(IndexFields.DATE), text, sourceMap);
    }

    static List<EmbeddedSentence> toSentences(Document d) {
        BytesRef bytes = d.getBinaryValue(IndexFields.SENTENCES);
        return bytes == null ? List.of() : BinaryCodec.sentences(BytesRef.deepCopyOf(bytes).bytes);
    }

    static ChunkMatch toChunkMatch(Document d, int rank, float score) {
        Chunk chunk = new Chunk(d.get(IndexFields.ID), d.get(IndexFields.ARTICLE_ID),
                d.getField(IndexFields.ORDINAL).numericValue().intValue(),
                d.getField(IndexFields.START).numericValue().intValue(),
                d.getField(IndexFields.END).numericValue().intValue(), d.get(IndexFields.TEXT));
        return new ChunkMatch(chunk, d.get(IndexFields.TITLE), d.get(IndexFields.SOURCE), rank, score);
    }

    private static int[] offsets(SourceMap map) {
        int[] o = new int[map.length()];
        for (int i = 0; i < o.length; i++) {
            o[i] = map.sourceOffset(i);
        }
        return o;
    }
}
