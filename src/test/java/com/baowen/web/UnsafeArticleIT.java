package com.baowen.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An article holding markup is shown as characters and runs nothing (real server, real Chromium). */
class UnsafeArticleIT extends BrowserPageTest {
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String SCRIPT = "<script>window.__pwned=2</script>";
    static final String JSONL = """
            {"id":"evil-1","title":"<img src=x onerror=\\"window.__pwned=1\\">仙人掌合唱团新春音乐会","text":"仙人掌合唱团于1月20日在榆次区文化馆举办新春音乐会，共演唱了12首歌曲。<script>window.__pwned=2</script>演出吸引了300多名市民。<img src=x onerror=\\"window.__pwned=1\\">团长说明年还要再办。","source":"evil.jsonl"}
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("evil.jsonl"), JSONL);
        server = BaowenServer.start(corpus, dir.resolve("index"));
    }

    @Test
    void should_show_markup_in_an_opened_article_as_characters_and_run_nothing() {
        // given
        chat = chromium.open(server.url(), 1280, 800);

        // when
        chat.load("/#article=evil-1");

        // then
        Page page = chat.page();
        assertThat(page.locator("#panel-text")).containsText(SCRIPT);
        assertThat(page.locator("#panel-text")).containsText(IMG);
        assertThat(page.locator("#panel-title")).hasText(IMG + "仙人掌合唱团新春音乐会");
        assertEquals(0, page.locator("#panel img, #panel script").count());
        assertEquals(true, page.evaluate("() => window.__pwned === undefined"));
    }

    @Test
    void should_show_markup_in_answers_and_sources_as_characters_and_run_nothing() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");

        // when
        Locator exchange = chat.ask("仙人掌合唱团的新春音乐会演唱了多少首歌曲？");
        exchange.locator("button.source").first().click();
        chat.openArticleMark();

        // then
        assertThat(exchange.locator(".source-title").first()).hasText(IMG + "仙人掌合唱团新春音乐会");
        assertThat(chat.page().locator("#panel-text")).containsText(SCRIPT);
        assertEquals(0, chat.page().locator("#log img, #panel img, #log script, #panel script").count());
        assertEquals(true, chat.page().evaluate("() => window.__pwned === undefined"));
        chat.screenshot("web-unsafe-article.png");
    }
}
