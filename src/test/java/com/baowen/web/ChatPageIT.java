package com.baowen.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web chat in Debian's Chromium against the real server on the seed pages. */
class ChatPageIT extends BrowserPageTest {
    static final String SEED_QUESTION = "太谷区总工会的腊八送粥活动已经坚持了几年？";
    static final String UNANSWERABLE = "万里长城有多长？";

    @BeforeAll
    static void start() {
        server = BaowenServer.startOnSeeds();
    }

    @Test
    void should_stream_an_answer_whose_citation_opens_the_article_at_the_snippet() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();

        // when
        Response response = page.waitForResponse(r -> r.url().endsWith("/api/chat"), () -> chat.ask(SEED_QUESTION));
        Locator answer = chat.exchanges().first().locator(".bubble.answer");

        // then: the answer came as server-sent events and cites [1] with a button
        assertTrue(response.headerValue("content-type").startsWith("text/event-stream"), response.headerValue("content-type"));
        assertThat(answer).not().hasClass(Pattern.compile(".*noanswer.*"));
        Locator cite = answer.locator(".answer-text button.cite").first();
        assertThat(cite).hasText("[1]");
        String snippet = answer.locator(".sources li").first().locator(".source-snippet").textContent();
        assertFalse(snippet.isBlank(), "the first source shows its snippet");

        // when: the reader clicks [1]
        cite.click();

        // then: the article opens with the cited snippet in <mark>, scrolled into view
        Locator mark = chat.openArticleMark();
        assertEquals(snippet, mark.textContent());
        assertThat(mark).isInViewport();
        assertThat(page.locator("#panel-meta")).containsText(".txt");
        chat.screenshot("web-desktop.png");
    }

    @Test
    void should_show_a_not_found_answer_differently_and_list_related_articles() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");

        // when
        Locator exchange = chat.ask(UNANSWERABLE);

        // then
        Locator answer = exchange.locator(".bubble.answer");
        assertThat(answer).hasClass(Pattern.compile(".*\\bnoanswer\\b.*"));
        assertThat(answer.locator(".noanswer-title")).hasText("报纸里没有找到答案");
        assertEquals(0, answer.locator(".answer-text button.cite").count(), "a not-found answer cites nothing");
        chat.screenshot("web-not-found.png");
    }

    @Test
    void should_send_the_conversation_as_history_with_a_follow_up() throws Exception {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Locator first = chat.ask(SEED_QUESTION);
        String firstAnswer = first.locator(".answer-text").textContent();

        // when
        chat.ask("这个活动是在哪一天举办的？");

        // then
        List<String> bodies = chat.chatRequests();
        assertEquals(2, bodies.size(), bodies.toString());
        JsonNode followUp = new ObjectMapper().readTree(bodies.get(1));
        assertEquals("这个活动是在哪一天举办的？", followUp.get("question").asText());
        JsonNode history = followUp.get("history");
        assertEquals(2, history.size(), history.toString());
        assertEquals("user", history.get(0).get("role").asText());
        assertEquals(SEED_QUESTION, history.get(0).get("content").asText());
        assertEquals("assistant", history.get(1).get("role").asText());
        assertEquals(firstAnswer, history.get(1).get("content").asText());
        assertEquals(0, new ObjectMapper().readTree(chat.chatRequests().get(0)).get("history").size());
    }

    @Test
    void should_start_over_without_history_after_new_chat() throws Exception {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        chat.ask(SEED_QUESTION);

        // when
        chat.page().locator("#new-chat").click();

        // then
        assertEquals(0, chat.exchanges().count());
        assertThat(chat.page().locator("#welcome")).isVisible();
        chat.ask(UNANSWERABLE);
        JsonNode body = new ObjectMapper().readTree(chat.chatRequests().get(1));
        assertEquals(0, body.get("history").size(), body.toString());
    }

    @Test
    void should_fit_a_375px_phone_without_horizontal_scrolling() {
        // given
        chat = chromium.open(server.url(), 375, 740).load("/");
        Page page = chat.page();

        // when: an example question is asked and its first source opened as a sheet
        page.locator("#examples .example").first().click();
        Locator answer = chat.exchanges().first().locator(".answer-text[aria-busy=false]");
        answer.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        int chatWidth = scrollWidth(page);
        chat.screenshot("web-phone.png");
        Locator source = chat.exchanges().first().locator("button.source").first();
        source.click();
        chat.openArticleMark();

        // then
        assertEquals(375, chatWidth, "document width with the answer");
        assertEquals(375, scrollWidth(page), "document width with the article sheet open");
        Locator panel = page.locator("#panel");
        assertEquals(375.0, panel.boundingBox().width, 0.5);
        chat.screenshot("web-phone-article.png");
    }

    @Test
    void should_work_by_keyboard_and_give_focus_back_when_the_article_closes() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();
        assertThat(page.locator("#question")).isFocused();
        page.keyboard().type(SEED_QUESTION);
        page.keyboard().press("Shift+Enter");
        assertEquals(SEED_QUESTION + "\n", page.locator("#question").inputValue(), "Shift+Enter adds a line");
        page.keyboard().press("Enter");
        chat.exchanges().first().locator(".answer-text[aria-busy=false]").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        Locator cite = chat.exchanges().first().locator("button.cite").first();

        // when: the citation is reached and pressed from the keyboard, then Escape
        cite.focus();
        page.keyboard().press("Enter");
        chat.openArticleMark();
        assertThat(page.locator("#panel")).isVisible();
        page.keyboard().press("Escape");

        // then
        assertThat(page.locator("#panel")).isHidden();
        assertThat(cite).isFocused();
        assertNotNull(chat.exchanges().first().locator(".answer-text[aria-live=polite]").elementHandle());
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }
}
