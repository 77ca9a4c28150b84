package com.baowen.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web chat's errors, clipboard, dark mode and page furniture, against the real server on the seeds. */
class ChatPageExtrasIT extends BrowserPageTest {

    @BeforeAll
    static void start() {
        server = BaowenServer.startOnSeeds();
    }

    @Test
    void should_show_an_unreachable_server_in_the_chat_and_answer_on_retry() {
        // given: the network drops every question
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();
        page.route("**/api/chat", Route::abort);

        // when
        Locator exchange = chat.ask(ChatPageIT.SEED_QUESTION);

        // then: the failure is a message in the chat, and the box still takes a question
        assertThat(exchange.locator(".bubble.answer.failed .error-text")).hasText("无法连接到报问服务器，请确认服务正在运行，然后重试。");
        assertThat(page.locator("#question")).isEditable();
        chat.forgetConsoleErrors();   // Chromium logs the aborted request itself

        // when: the network is back and the reader retries
        page.unroute("**/api/chat");
        exchange.locator("button", new Locator.LocatorOptions().setHasText("重试")).click();

        // then
        Locator answer = chat.exchanges().last().locator(".answer-text[aria-busy=false]");
        answer.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertEquals(1, chat.exchanges().count());
        assertThat(answer.locator("button.cite").first()).hasText("[1]");
    }

    @Test
    void should_show_a_rejected_question_as_a_message_in_the_chat() {
        // given: a question over the server's 2000-character limit, sent around the box's own limit
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();
        page.route("**/api/chat", route -> route.resume(new Route.ResumeOptions()
                .setPostData("{\"question\":\"" + "问".repeat(2001) + "\"}")));

        // when
        Locator exchange = chat.ask("太长的问题");

        // then
        assertThat(exchange.locator(".bubble.answer.failed .error-text")).containsText("请求有误");
        chat.forgetConsoleErrors();   // Chromium logs the 400 response itself
    }

    @Test
    void should_hold_as_many_emoji_as_the_server_takes_and_cut_the_rest() {
        // given: 1,500 emoji are 3,000 UTF-16 units but 1,500 characters to the server; 2,100 Han characters are over
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Locator box = chat.page().locator("#question");

        // when
        box.fill("😀".repeat(1500));
        long emoji = ((Number) box.evaluate("b => Array.from(b.value).length")).longValue();
        box.fill("问".repeat(2100));
        long han = ((Number) box.evaluate("b => Array.from(b.value).length")).longValue();

        // then
        assertEquals(List.of(1500L, 2000L), List.of(emoji, han));
    }

    @Test
    void should_copy_the_answer_with_its_sources() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        chat.page().context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Locator exchange = chat.ask(ChatPageIT.SEED_QUESTION);
        String answer = exchange.locator(".answer-text").textContent();
        String firstTitle = exchange.locator(".source-title").first().textContent();

        // when
        exchange.locator("button.copy").click();

        // then
        assertThat(exchange.locator("button.copy")).hasText("已复制");
        String copied = (String) chat.page().evaluate("() => navigator.clipboard.readText()");
        assertTrue(copied.startsWith(answer + "\n\n出处：\n[1] " + firstTitle + "（"), copied);
    }

    @Test
    void should_follow_the_system_dark_mode() {
        // when
        chat = chromium.open(server.url(), 1280, 800, ColorScheme.DARK).load("/");

        // then
        assertEquals("rgb(21, 20, 18)", backgroundOf(chat.page()));
        chat.screenshot("web-dark.png");
    }

    @Test
    void should_have_a_title_a_favicon_and_corpus_examples() {
        // when
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();

        // then
        assertEquals("报问 · 问报纸，答有出处", page.title());
        String icon = page.locator("link[rel=icon]").getAttribute("href");
        assertEquals(200, page.request().get(icon).status());
        assertTrue(page.locator("#examples .example").count() >= 3);
        assertThat(page.locator("#corpus-size")).containsText("篇文章");
        assertEquals("rgb(247, 245, 240)", backgroundOf(page));
    }

    private static String backgroundOf(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    }
}
