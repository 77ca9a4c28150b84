package com.baowen.index.solr;

import com.baowen.chunk.Chunk;
import com.baowen.index.BinaryCodec;
import com.baowen.index.EncodedArticle;
import com.baowen.index.EncodedChunk;
import com.baowen.index.IndexMetadata;
import com.baowen.index.LexicalTerms;
import com.baowen.index.SentenceVector;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleDates;
import com.baowen.ingest.ArticleKind;
import com.baowen.ingest.Provenance;
import com.baowen.ingest.SourceMap;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Baowen's Solr documents (the configset's {@code schema.xml}), built from articles and chunks and
 * read back; the same content as the embedded index's documents. Stateless.
 */
final class SolrDocs {
    static final String TYPE_CHUNK = "chunk";
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_FILE = "file";
    static final String TYPE_META = "meta";
    /** The one metadata document's id. */
    static final String META_ID = "_baowen_meta";

    /** Stored fields a chunk hit needs. */
    static final String CHUNK_FIELDS = "id,article_id,source,date,ordinal,start,end,title,text,score";
    /** Stored fields of an article without its sentence vectors. */
    static final String ARTICLE_FIELDS = "id,title,subtitle,byline,kind,source,date,origin,url,paper,edition,page,text,source_map";

    private SolrDocs() {
    }

    /** The documents of one article: its chunks, then the article itself; all carry its id in article_id. */
    static List<SolrInputDocument> of(EncodedArticle e, int dimension) {
        List<SolrInputDocument> docs = new ArrayList<>(e.chunks().size() + 1);
        Long day = ArticleDates.epochDay(e.article().date());
        for (EncodedChunk c : e.chunks()) {
            docs.add(chunk(c.chunk(), e.article(), c.vector(), day));
        }
        docs.add(article(e, day, dimension));
        return docs;
    }

    static SolrInputDocument chunk(Chunk chunk, Article article, float[] vector, Long day) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", chunk.id());
        d.setField("type", TYPE_CHUNK);
        d.setField("article_id", chunk.articleId());
        d.setField("source", article.source());
        d.setField("ordinal", chunk.ordinal());
        d.setField("start", chunk.start());
        d.setField("end", chunk.end());
        d.setField("title", article.title());
        d.setField("text", chunk.text());
        addDay(d, article.date(), day);
        // folded here, as the embedded index folds in a char filter, so the segmenter sees simplified text
        String text = LexicalTerms.fold(chunk.text());
        String title = LexicalTerms.fold(article.title());
        d.setField("text_words", text);
        d.setField("text_bigrams", text);
        d.setField("title_words", title);
        d.setField("title_bigrams", title);
        List<Float> v = new ArrayList<>(vector.length);
        for (float f : vector) {
            v.add(f);
        }
        d.setField("vector", v);
        return d;
    }

    static SolrInputDocument article(EncodedArticle e, Long day, int dimension) {
        Article a = e.article();
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", a.id());
        d.setField("type", TYPE_ARTICLE);
        d.setField("article_id", a.id());
        d.setField("source", a.source());
        d.setField("content_hash", e.contentHash());
        d.setField("title", a.title());
        setIfKnown(d, "subtitle", a.subtitle());
        setIfKnown(d, "byline", a.byline());
        d.setField("kind", a.kind().name());
        addDay(d, a.date(), day);
        Provenance p = a.provenance();
        setIfKnown(d, "origin", p.origin());
        setIfKnown(d, "url", p.url());
        setIfKnown(d, "paper", p.paper());
        setIfKnown(d, "edition", p.edition());
        setIfKnown(d, "page", p.page());
        d.setField("text", a.text());
        if (!a.sourceMap().isIdentity()) {
            int[] offsets = new int[a.sourceMap().length()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = a.sourceMap().sourceOffset(i);
            }
            d.setField("source_map", BinaryCodec.offsets(offsets));
        }
        d.setField("sentences", BinaryCodec.sentences(e.sentences(), dimension));
        return d;
    }

    static SolrInputDocument file(String source, String sha256) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", "_file:" + source);
        d.setField("type", TYPE_FILE);
        d.setField("article_id", "_file:" + source);
        d.setField("source", source);
        d.setField("sha256", sha256);
        return d;
    }

    static SolrInputDocument meta(IndexMetadata m) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", META_ID);
        d.setField("type", TYPE_META);
        d.setField("article_id", META_ID);
        d.setField("meta_schema", m.schemaVersion());
        d.setField("meta_model", m.model());
        d.setField("meta_dimension", m.dimension());
        d.setField("meta_chunk_chars", m.chunkChars());
        d.setField("meta_overlap", m.overlapSentences());
        return d;
    }

    static IndexMetadata toMetadata(SolrDocument d) {
        return new IndexMetadata(intOf(d, "meta_schema"), (String) d.getFieldValue("meta_model"),
                intOf(d, "meta_dimension"), intOf(d, "meta_chunk_chars"), intOf(d, "meta_overlap"));
    }

    static Chunk toChunk(SolrDocument d) {
        return new Chunk((String) d.getFieldValue("id"), (String) d.getFieldValue("article_id"), intOf(d, "ordinal"),
                intOf(d, "start"), intOf(d, "end"), (String) d.getFieldValue("text"));
    }

    static Article toArticle(SolrDocument d) {
        String text = (String) d.getFieldValue("text");
        byte[] map = (byte[]) d.getFieldValue("source_map");
        SourceMap sourceMap = map == null ? SourceMap.identity(text.length()) : new SourceMap(BinaryCodec.offsets(map));
        Provenance p = new Provenance(str(d, "origin"), str(d, "url"), str(d, "paper"), str(d, "edition"), str(d, "page"));
        return new Article(str(d, "id"), str(d, "title"), str(d, "subtitle"), str(d, "byline"),
                ArticleKind.valueOf(str(d, "kind")), str(d, "source"), str(d, "date"), text, sourceMap, p);
    }

    static List<SentenceVector> toSentences(SolrDocument d) {
        byte[] bytes = (byte[]) d.getFieldValue("sentences");
        return bytes == null ? List.of() : BinaryCodec.sentences(bytes);
    }

    private static void addDay(SolrInputDocument d, String date, Long day) {
        setIfKnown(d, "date", date);
        if (day != null) {
            d.setField("day", day.intValue());
        }
    }

    private static void setIfKnown(SolrInputDocument d, String field, String value) {
        if (value != null) {
            d.setField(field, value);
        }
    }

    static String str(SolrDocument d, String field) {
        return (String) d.getFieldValue(field);
    }

    private static int intOf(SolrDocument d, String field) {
        Object v = d.getFieldValue(field);
        if (v == null) {
            throw new IllegalStateException("Solr document " + d.getFieldValue("id") + " has no " + field);
        }
        return ((Number) v).intValue();
    }
}
