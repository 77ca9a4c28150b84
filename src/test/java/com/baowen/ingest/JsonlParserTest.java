package com.baowen.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonlParserTest {

    @Test
    void should_read_one_article_per_line_with_the_given_id() {
        // given
        String jsonl = """
                {"id":"tg-001","title":"腊八送温情 粥到意更浓","text":"这一活动，太谷区总工会已连续坚持了8年。","date":"2024-01-18","source":"晋中日报"}
                {"id":"tg-002","text":"近日，上党区南宋镇永丰村现代农业公司大棚内绿意盎然，技术人员正细致查看2K小西瓜生长情况。"}
                """;
        List<String> warnings = new ArrayList<>();

        // when
        List<Article> articles = new JsonlParser().parse("news.jsonl", jsonl, warnings);

        // then
        assertEquals(List.of(), warnings);
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("tg-001", first.id());
        assertEquals("腊八送温情 粥到意更浓", first.title());
        assertEquals("news.jsonl", first.source()); // the corpus file; the item's own "source" is its origin
        assertEquals("晋中日报", first.provenance().origin());
        assertEquals("2024-01-18", first.date());
        assertEquals("这一活动，太谷区总工会已连续坚持了8年。", first.text());
        assertEquals("上党区南宋镇永丰村现代农业公司大棚内绿意盎然", articles.get(1).title());
        assertEquals("news.jsonl", articles.get(1).source());
    }

    @Test
    void should_warn_about_bad_lines_and_keep_the_good_ones() {
        // given
        String jsonl = """
                {"id":"ok-1","title":"好","text":"正文。"}
                {"id":"a/b","title":"坏","text":"正文。"}
                {"id":"ok-2","title":"缺正文"}
                {"id":"ok-1","title":"重复","text":"正文。"}
                {"id": 7, "text":"正文。"}
                {"id":"ok-3", "text": "截断
                [1,2]
                {"id":"ok-4","title":"也好","text":"正文二。"}
                """;
        List<String> warnings = new ArrayList<>();

        // when
        List<Article> articles = new JsonlParser().parse("news.jsonl", jsonl, warnings);

        // then
        assertEquals(List.of("ok-1", "ok-4"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(
                "news.jsonl: line 2: field 'id' must be 1..200 of A-Z a-z 0-9 . _ - and not be '.' nor hold '..', got 'a/b'",
                "news.jsonl: line 3: field 'text' is missing or blank, got null",
                "news.jsonl: line 4: field 'id' repeats an earlier line's id, got 'ok-1'",
                "news.jsonl: line 5: field 'id' is missing or not a string, got 7",
                "news.jsonl: line 6: not valid JSON: '{\"id\":\"ok-3\", \"text\": \"截断'",
                "news.jsonl: line 7: not a JSON object: '[1,2]'"), warnings);
    }
}
