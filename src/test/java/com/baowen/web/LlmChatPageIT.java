package com.baowen.web;

import com.baowen.LlmStub;
import com.baowen.LlmStub.Script;
import com.baowen.SeedEngine;
import com.baowen.answer.Answerers;
import com.baowen.answer.LanguageModel;
import com.baowen.config.LlmConfig;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web chat in Chromium with a language model ({@link LlmStub}): tokens show as they arrive, and a corrected answer replaces them. */
class LlmChatPageIT extends BrowserPageTest {
    static final String QUESTION = "太谷区总工会送腊八粥坚持了几年？";

    static LlmStub stub;

    @BeforeAll
    static void start() {
        stub = LlmStub.start();
        LanguageModel model = LanguageModel.of(new LlmConfig(stub.baseUrl(), "stub-model", null, Duration.ofSeconds(20)));
        ServingBackend backend = new ServingBackend();
        backend.ready(SeedEngine.shared(), r -> Answerers.of(r, model));
        server = BaowenServer.start(backend, new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()));
    }

    @AfterAll
    static void stopStub() {
        if (stub != null) stub.close();
    }

    @Test
    void should_show_the_models_tokens_while_it_is_still_writing() {
        // given: the model stops after two tokens until the test lets it go on
        stub.script(Script.tokens("这一活动", "太谷区总工会", "已连续坚持了8年", "[1]。").holdingAfter(2));
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();

        // when
        page.locator("#question").fill(QUESTION);
        page.locator("#question").press("Enter");
        Locator answer = chat.exchanges().nth(0).locator(".answer-text");

        // then: the first tokens are on the page while the answer is still being written
        assertThat(answer).hasText("这一活动太谷区总工会");
        assertThat(answer).hasAttribute("aria-busy", "true");
        stub.release();
        assertThat(answer).hasAttribute("aria-busy", "false");
        assertThat(answer).hasText("这一活动太谷区总工会已连续坚持了8年[1]。");
        assertThat(answer.locator("button.cite")).hasText("[1]");
        assertTrue(stub.wasReleased());
    }

    @Test
    void should_replace_the_streamed_text_with_the_corrected_answer() {
        // given: the first sentence quotes words the sources do not hold
        stub.script(Script.tokens("负责人说“我们已经坚持了十年”[1]。", "这一活动已连续坚持了8年[1]。"));
        chat = chromium.open(server.url(), 1280, 800).load("/");

        // when
        Locator exchange = chat.ask(QUESTION);

        // then
        assertThat(exchange.locator(".answer-text")).hasText("这一活动已连续坚持了8年[1]。");
        assertThat(exchange.locator(".corrected-note")).isVisible();
        assertThat(exchange.locator(".sources-title")).hasText("出处 · 1 篇");
    }
}
