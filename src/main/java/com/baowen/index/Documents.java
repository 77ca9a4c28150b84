package com.baowen.index;

import com.baowen.chunk.Chunk;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleDates;
import com.baowen.ingest.ArticleKind;
import com.baowen.ingest.Provenance;
import com.baowen.ingest.SourceMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;

/** Builds the index's Lucene documents from encoded articles, and reads them back. Stateless. */
final class Documents {
    private Documents() {
    }

    /** The documents of one article: its chunks, then the article itself; all carry its id. */
    static List<Document> of(EncodedArticle e, int dimension) {
        List<Document> docs = new ArrayList<>(e.chunks().size() + 1);
        Long day = ArticleDates.epochDay(e.article().date());
        for (EncodedChunk c : e.chunks()) {
            docs.add(chunk(c.chunk(), e.article(), c.vector(), day));
        }
        docs.add(article(e, day, dimension));
        return docs;
    }

    /** A searchable chunk: BM25 over its text and its article's title, and its vector (unit length). */
    static Document chunk(Chunk chunk, Article article, float[] vector, Long day) {
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
        addDay(d, article.date(), day);
        d.add(new TextField(IndexFields.TEXT_WORDS, chunk.text(), Field.Store.NO));
        d.add(new TextField(IndexFields.TEXT_BIGRAMS, chunk.text(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_WORDS, article.title(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_BIGRAMS, article.title(), Field.Store.NO));
        // vectors are unit length, so the dot product is the cosine and cheaper
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, Vectors.unit(vector), VectorSimilarityFunction.DOT_PRODUCT));
        return d;
    }

    /** An article, stored for display and citation, with its sentence vectors and content hash. */
    static Document article(EncodedArticle e, Long day, int dimension) {
        Article a = e.article();
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
        d.add(new StringField(IndexFields.ARTICLE_ID, a.id(), Field.Store.NO));
        d.add(new StringField(IndexFields.SOURCE, a.source(), Field.Store.YES));
        d.add(new StoredField(IndexFields.CONTENT_HASH, e.contentHash()));
        d.add(new StoredField(IndexFields.TITLE, a.title()));
        if (a.subtitle() != null) {
            d.add(new StoredField(IndexFields.SUBTITLE, a.subtitle()));
        }
        if (a.byline() != null) {
            d.add(new StoredField(IndexFields.BYLINE, a.byline()));
        }
        d.add(new StoredField(IndexFields.KIND, a.kind().name()));
        addDay(d, a.date(), day);
        Provenance p = a.provenance();
        storeIfKnown(d, IndexFields.ORIGIN, p.origin());
        storeIfKnown(d, IndexFields.URL, p.url());
        storeIfKnown(d, IndexFields.PAPER, p.paper());
        storeIfKnown(d, IndexFields.EDITION, p.edition());
        storeIfKnown(d, IndexFields.PAGE, p.page());
        d.add(new StoredField(IndexFields.TEXT, a.text()));
        if (!a.sourceMap().isIdentity()) {
            d.add(new StoredField(IndexFields.SOURCE_MAP, BinaryCodec.offsets(offsets(a.sourceMap()))));
        }
        d.add(new StoredField(IndexFields.SENTENCES, BinaryCodec.sentences(e.sentences(), dimension)));
        return d;
    }

    private static void addDay(Document d, String date, Long day) {
        storeIfKnown(d, IndexFields.DATE, date);
        if (day != null) {
            d.add(new IntPoint(IndexFields.DAY, day.intValue()));
            d.add(new NumericDocValuesField(IndexFields.DAY, day));
        }
    }

    private static void storeIfKnown(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** Marks a source file as completely indexed at this digest (also for files that held no article). */
    static Document file(String source, String sha256) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FILE, Field.Store.NO));
        d.add(new StringField(IndexFields.FILE, source, Field.Store.NO));
        d.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
        d.add(new StoredField(IndexFields.SHA256, sha256));
        return d;
    }

    static Article toArticle(Document d) {
        String text = d.get(IndexFields.TEXT);
        BytesRef map = d.getBinaryValue(IndexFields.SOURCE_MAP);
        SourceMap sourceMap = map == null ? SourceMap.identity(text.length())
                : new SourceMap(BinaryCodec.offsets(BytesRef.deepCopyOf(map).bytes));
        Provenance p = new Provenance(d.get(IndexFields.ORIGIN), d.get(IndexFields.URL), d.get(IndexFields.PAPER),
                d.get(IndexFields.EDITION), d.get(IndexFields.PAGE));
        return new Article(d.get(IndexFields.ID), d.get(IndexFields.TITLE), d.get(IndexFields.SUBTITLE),
                d.get(IndexFields.BYLINE), ArticleKind.valueOf(d.get(IndexFields.KIND)), d.get(IndexFields.SOURCE),
                d.get(IndexFields.DATE), text, sourceMap, p);
    }

    static List<SentenceVector> toSentences(Document d) {
        BytesRef bytes = d.getBinaryValue(IndexFields.SENTENCES);
        return bytes == null ? List.of() : BinaryCodec.sentences(BytesRef.deepCopyOf(bytes).bytes);
    }

    static ChunkMatch toChunkMatch(Document d, int rank, float score) {
        Chunk chunk = new Chunk(d.get(IndexFields.ID), d.get(IndexFields.ARTICLE_ID),
                d.getField(IndexFields.ORDINAL).numericValue().intValue(),
                d.getField(IndexFields.START).numericValue().intValue(),
                d.getField(IndexFields.END).numericValue().intValue(), d.get(IndexFields.TEXT));
        return new ChunkMatch(chunk, d.get(IndexFields.TITLE), d.get(IndexFields.SOURCE), d.get(IndexFields.DATE), rank, score);
    }

    private static int[] offsets(SourceMap map) {
        int[] o = new int[map.length()];
        for (int i = 0; i < o.length; i++) {
            o[i] = map.sourceOffset(i);
        }
        return o;
    }
}
