package com.baowen.retrieve;

import com.baowen.BaowenException;
import com.baowen.chunk.Chunker;
import com.baowen.embed.Embedder;
import com.baowen.index.IndexMetadata;
import com.baowen.index.IndexProgress;
import com.baowen.indexing.ArticleEncoder;
import com.baowen.indexing.Indexer;
import com.baowen.index.LexicalWeights;
import com.baowen.index.LuceneIndex;
import com.baowen.index.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retriever over a small real index of seed-page articles, built once for the class. */
class HybridRetrieverIT {
    @TempDir
    static Path dir;
    private static Embedder embedder;
    private static LuceneIndex index;
    private static HybridRetriever retriever;

    @BeforeAll
    static void buildIndex() {
        embedder = TestArticles.embedder();
        index = LuceneIndex.open(dir, IndexMetadata.current(embedder.modelName(), embedder.dimension(), 60, 1));
        // 60-character chunks: the 腊八 article becomes several chunks
        new Indexer(index, new ArticleEncoder(embedder, new Chunker(60, 1), true))
                .run(List.of(TestArticles.page0("a"), TestArticles.page1("b")), List.of(), IndexProgress.NONE);
        retriever = new HybridRetriever(index, embedder, HybridRetriever.Settings.defaults());
    }

    @AfterAll
    static void close() {
        index.close();
        embedder.close();
    }

    @Test
    void should_find_the_article_that_answers_first() {
        // when
        List<ArticleHit> hits = retriever.search("太谷区总工会送腊八粥坚持了几年？", 3);

        // then
        assertEquals("000-laba", hits.get(0).articleId());
        assertEquals("腊八送温情 粥到意更浓", hits.get(0).title());
        assertEquals(TestArticles.PAGE_0, hits.get(0).source());
    }

    @Test
    void should_match_a_question_in_traditional_characters() {
        List<ArticleHit> hits = new HybridRetriever(index, embedder, new HybridRetriever.Settings(50, 0, new ReciprocalRankFusion(), LexicalWeights.DEFAULT))
                .search("圖書館志願者報名截止到哪天？", 1);
        assertEquals("001-library", hits.get(0).articleId());
    }

    @Test
    void should_show_an_article_once_with_its_chunks_best_first() {
        // when
        List<ArticleHit> hits = retriever.search("腊八粥", 4);

        // then
        List<String> ids = hits.stream().map(ArticleHit::articleId).toList();
        assertEquals(ids.stream().distinct().toList(), ids);
        ArticleHit laba = hits.get(0);
        assertTrue(laba.chunks().size() >= 2, "chunks: " + laba.chunks().size());
        for (int i = 1; i < laba.chunks().size(); i++) {
            assertTrue(laba.chunks().get(i - 1).score() >= laba.chunks().get(i).score());
        }
        assertTrue(laba.chunks().stream().allMatch(c -> c.chunk().articleId().equals("000-laba")));
    }

    @Test
    void should_return_stored_sentences_and_a_unit_query_vector() {
        // when
        List<EmbeddedSentence> sentences = retriever.sentences("000-laba");
        float[] q = retriever.embedQuery("腊八粥");

        // then
        assertEquals(4, sentences.size());
        double norm = 0;
        for (float f : q) {
            norm += f * f;
        }
        assertEquals(1.0, norm, 1e-4);
        assertEquals(List.of(), retriever.sentences("no-such-article"));
    }

    @Test
    void should_list_and_count_articles() {
        assertEquals(4, retriever.articleCount());
        assertEquals(List.of("000-couplets", "001-library"),
                retriever.articles(2, 10).stream().map(a -> a.id()).toList());
    }

    @Test
    void should_reject_k_out_of_range() {
        BaowenException e = assertThrows(BaowenException.class, () -> retriever.search("腊八粥", 51));
        assertEquals("k must be between 1 and 50, got 51", e.getMessage());
    }
}
