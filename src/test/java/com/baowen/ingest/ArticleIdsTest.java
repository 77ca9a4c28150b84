package com.baowen.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource({
            "000_232fd453f4f86065.txt, 000_232fd453f4f86065",
            "news.v2.jsonl, news.v2",
            "page one.md, page_one-"
    })
    void should_give_url_safe_stems(String fileName, String expectedPrefix) {
        String stem = ArticleIds.stemOf(fileName);
        assertTrue(stem.startsWith(expectedPrefix), stem);
        assertTrue(ArticleIds.isSafe(stem), stem);
        assertEquals(stem, ArticleIds.stemOf(fileName));
    }
}
