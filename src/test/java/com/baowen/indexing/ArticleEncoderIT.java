package com.baowen.indexing;

import com.baowen.chunk.Chunker;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest path's vectors (chunks and sentences in one call, each distinct text run once) equal the vectors
 * of each text embedded alone.
 */
class ArticleEncoderIT {
    /** Largest difference allowed in any coordinate of a unit vector: the int8 model runs one text at a time. */
    private static final double MAX_ABS = 1e-6;
    private static Embedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = TestArticles.embedder();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, null, null, ArticleKind.NEWS, "page.txt", null, text, null);
    }

    @Test
    void should_give_every_chunk_and_sentence_the_vector_of_its_text_embedded_alone() {
        // given: a sentence repeated inside a batch ("会议还研究了其他事项。"), across batches, and an article of one sentence
        String repeated = "会议还研究了其他事项。";
        List<Article> first = List.of(
                article("a1", "腊八送温情 粥到意更浓", "1月7日，农历腊月初八，太谷区总工会在太谷区人民广场举办活动，为环卫工人送上腊八粥。"
                        + "这一活动，太谷区总工会已连续坚持了8年。" + repeated),
                article("a2", "县委常委会召开会议", "会议传达学习了省委全会精神，研究部署了下一步工作。" + repeated),
                article("a3", "一句话新闻", "这一活动，太谷区总工会已连续坚持了8年。"));
        List<Article> second = List.of(
                article("b1", "区委召开会议", "会议听取了乡村振兴工作汇报，强调要扎实推进人居环境整治。" + repeated));
        ArticleEncoder encoder = new ArticleEncoder(embedder, new Chunker(60, 1), true);

        // when
        List<EncodedArticle> encoded = new java.util.ArrayList<>(encoder.encode(first));
        encoded.addAll(encoder.encode(second));

        // then
        int checked = 0;
        for (EncodedArticle e : encoded) {
            for (EncodedChunk c : e.chunks()) {
                assertAlone(e.article().title() + "\n" + c.chunk().text(), c.vector());
                checked++;
            }
            for (SentenceVector s : e.sentences()) {
                assertAlone(e.article().text().substring(s.start(), s.end()), s.vector());
                checked++;
            }
        }
        assertEquals(13, checked); // a1: 2 chunks, 3 sentences; a2: 1, 2; a3: 1, 1; b1: 1, 2
    }

    private static void assertAlone(String text, float[] actual) {
        float[] alone = embedder.embedPassages(List.of(text)).get(0);
        double maxAbs = 0;
        for (int d = 0; d < alone.length; d++) {
            maxAbs = Math.max(maxAbs, Math.abs(alone[d] - actual[d]));
        }
        assertTrue(maxAbs <= MAX_ABS, "largest difference " + maxAbs + " for " + text);
        assertTrue(Vectors.cosine(alone, actual) >= 0.9999, text);
    }
}
