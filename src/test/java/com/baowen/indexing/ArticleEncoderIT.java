package com.baowen.indexing;

import com.baowen.chunk.Chunk;
import com.baowen.chunk.Chunker;
import com.baowen.chunk.SentenceSpans;
import com.baowen.chunk.Span;
import com.baowen.embed.Embedder;
import com.baowen.embed.Vectors;
import com.baowen.index.EncodedArticle;
import com.baowen.index.EncodedChunk;
import com.baowen.index.SentenceVector;
import com.baowen.index.TestArticles;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.baowen.index.TestArticles.LABA;
import static com.baowen.index.TestArticles.LIBRARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest path's vectors: a chunk's vector is its text's embedded alone, and each sentence gets one unit vector
 * pooled from its own chunk's forward pass, whatever the article is batched with.
 */
class ArticleEncoderIT {
    /** Largest difference allowed in any coordinate of a unit vector: the int8 model runs one text at a time. */
    private static final double MAX_ABS = 1e-6;
    private static final String REPEATED = "会议还研究了其他事项。";
    private static final Article A1 = article("a1", "腊八送温情 粥到意更浓",
            "1月7日，农历腊月初八，太谷区总工会在太谷区人民广场举办活动，为环卫工人送上腊八粥。"
                    + "这一活动，太谷区总工会已连续坚持了8年。" + REPEATED);
    private static final Article A2 = article("a2", "县委常委会召开会议", "会议传达学习了省委全会精神，研究部署了下一步工作。" + REPEATED);
    private static final Article A3 = article("a3", "一句话新闻", "这一活动，太谷区总工会已连续坚持了8年。");
    private static final Article B1 = article("b1", "区委召开会议", "会议听取了乡村振兴工作汇报，强调要扎实推进人居环境整治。" + REPEATED);
    private static Embedder embedder;
    private static ArticleEncoder encoder;

    @BeforeAll
    static void loadModel() {
        embedder = TestArticles.embedder();
        encoder = new ArticleEncoder(embedder, new Chunker(60, 1), true);
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, null, null, ArticleKind.NEWS, "page.txt", null, text, null);
    }

    @Test
    void should_give_every_chunk_the_vector_of_its_text_embedded_alone() {
        // when: two batches, one of them with a sentence repeated across articles
        List<EncodedArticle> encoded = new ArrayList<>(encoder.encode(List.of(A1, A2, A3)));
        encoded.addAll(encoder.encode(List.of(B1)));

        // then
        int checked = 0;
        for (EncodedArticle e : encoded) {
            for (EncodedChunk c : e.chunks()) {
                float[] alone = embedder.embedPassages(List.of(e.article().title() + "\n" + c.chunk().text())).get(0);
                assertClose(alone, c.vector(), c.chunk().text());
                checked++;
            }
        }
        assertEquals(5, checked); // a1: 2 chunks; a2, a3, b1: 1 each
    }

    @Test
    void should_give_each_sentence_one_unit_vector_in_text_order() {
        // when
        List<EncodedArticle> encoded = encoder.encode(List.of(A1, A2, A3, B1));

        // then
        int sentences = 0;
        for (EncodedArticle e : encoded) {
            List<Span> spans = e.sentences().stream().map(s -> new Span(s.start(), s.end())).toList();
            assertEquals(SentenceSpans.of(e.article().text()), spans, e.article().id());
            for (SentenceVector s : e.sentences()) {
                assertEquals(embedder.dimension(), s.vector().length);
                assertEquals(1.0, norm(s.vector()), 1e-5, e.article().id() + " " + s.start());
                sentences++;
            }
        }
        assertEquals(8, sentences); // a1: 3, a2: 2, a3: 1, b1: 2
    }

    @Test
    void should_pool_a_sentence_vector_nearer_its_own_chunk_than_an_unrelated_article() {
        // when: two articles of unrelated topics (腊八粥 for sanitation workers, library volunteers) in one batch
        List<EncodedArticle> encoded = encoder.encode(List.of(LABA, LIBRARY));

        // then: every sentence is nearer the chunk that holds it than any chunk of the other article
        int checked = 0;
        for (EncodedArticle e : encoded) {
            EncodedArticle other = encoded.get(e == encoded.get(0) ? 1 : 0);
            List<Chunk> chunks = e.chunks().stream().map(EncodedChunk::chunk).toList();
            for (SentenceVector s : e.sentences()) {
                float[] own = e.chunks().get(ArticleEncoder.chunkFor(chunks, new Span(s.start(), s.end()))).vector();
                double toOwn = Vectors.cosine(s.vector(), own);
                for (EncodedChunk c : other.chunks()) {
                    double toOther = Vectors.cosine(s.vector(), c.vector());
                    assertTrue(toOwn > toOther, e.article().id() + " sentence at " + s.start() + ": own chunk " + toOwn
                            + ", " + c.chunk().id() + " " + toOther);
                }
                checked++;
            }
        }
        assertEquals(7, checked); // LABA: 4 sentences, LIBRARY: 3
    }

    @Test
    void should_pool_a_repeated_sentence_from_its_own_article() {
        // when: the same sentence closes two different articles
        List<EncodedArticle> encoded = encoder.encode(List.of(A2, B1));

        // then: its vector carries its article's context, so the two differ; each is nearer its own chunk
        SentenceVector inA2 = last(encoded.get(0));
        SentenceVector inB1 = last(encoded.get(1));
        assertEquals(REPEATED, A2.text().substring(inA2.start(), inA2.end()));
        assertEquals(REPEATED, B1.text().substring(inB1.start(), inB1.end()));
        assertTrue(Vectors.cosine(inA2.vector(), inB1.vector()) < 0.9999, "cosine " + Vectors.cosine(inA2.vector(), inB1.vector()));
        float[] a2Chunk = encoded.get(0).chunks().get(0).vector();
        float[] b1Chunk = encoded.get(1).chunks().get(0).vector();
        assertTrue(Vectors.cosine(inA2.vector(), a2Chunk) > Vectors.cosine(inA2.vector(), b1Chunk));
        assertTrue(Vectors.cosine(inB1.vector(), b1Chunk) > Vectors.cosine(inB1.vector(), a2Chunk));
    }

    @Test
    void should_give_an_article_the_same_vectors_alone_and_in_a_batch() {
        // when: a1 encoded alone, then third in a batch of four
        EncodedArticle alone = encoder.encode(List.of(A1)).get(0);
        EncodedArticle batched = encoder.encode(List.of(A2, A3, A1, B1)).get(2);

        // then
        assertEquals(A1.id(), batched.article().id());
        assertEquals(2, alone.chunks().size());
        assertEquals(alone.chunks().size(), batched.chunks().size());
        for (int c = 0; c < alone.chunks().size(); c++) {
            assertClose(alone.chunks().get(c).vector(), batched.chunks().get(c).vector(), "chunk " + c);
        }
        assertEquals(3, alone.sentences().size());
        assertEquals(alone.sentences().size(), batched.sentences().size());
        for (int s = 0; s < alone.sentences().size(); s++) {
            assertEquals(alone.sentences().get(s).start(), batched.sentences().get(s).start());
            assertClose(alone.sentences().get(s).vector(), batched.sentences().get(s).vector(), "sentence " + s);
        }
    }

    private static SentenceVector last(EncodedArticle e) {
        return e.sentences().get(e.sentences().size() - 1);
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        double maxAbs = 0;
        for (int d = 0; d < expected.length; d++) {
            maxAbs = Math.max(maxAbs, Math.abs(expected[d] - actual[d]));
        }
        assertTrue(maxAbs <= MAX_ABS, "largest difference " + maxAbs + " for " + what);
    }
}
