package com.baowen.retrieve;

import com.baowen.chunk.Chunk;
import com.baowen.index.ChunkMatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleRankingTest {

    private static ChunkMatch match(String articleId, int ordinal, int rank, float score) {
        return new ChunkMatch(new Chunk(Chunk.idOf(articleId, ordinal), articleId, ordinal, 0, 1, "腊"), "腊八送温情", "000.txt", rank, score);
    }

    @Test
    void should_rank_articles_by_their_best_chunk_in_a_list() {
        // given: two chunks of 腊八 around one chunk of 春联
        List<ChunkMatch> list = List.of(match("laba", 2, 0, 9f), match("couplets", 0, 1, 7f), match("laba", 0, 2, 5f));

        // when
        List<Ranked> articles = HybridRetriever.byArticle(list);

        // then
        assertEquals(List.of(new Ranked("laba", 9f), new Ranked("couplets", 7f)), articles);
    }

    @Test
    void should_keep_every_chunk_for_chunk_fusion() {
        List<ChunkMatch> list = List.of(match("laba", 2, 0, 9f), match("laba", 0, 1, 5f));
        assertEquals(List.of(new Ranked("laba#2", 9f), new Ranked("laba#0", 5f)), HybridRetriever.byChunk(list));
    }
}
