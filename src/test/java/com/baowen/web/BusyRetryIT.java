package com.baowen.web;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.Answerer;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.http.IndexStatus;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A busy server (503 busy): the page says it is retrying, retries once by itself, and then answers or says so. */
class BusyRetryIT {
    static Chromium chromium;
    static Engine engine;

    BaowenServer server;
    ServingBackend backend;
    CountDownLatch entered;
    CountDownLatch release;
    CompletableFuture<HttpResponse<String>> blocker;
    ChatPage chat;

    @BeforeAll
    static void launch() {
        engine = SeedEngine.shared();
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    /** One worker, no queue; the first answer is held until {@link #release} opens, so the page is shed. */
    @BeforeEach
    void startBusyServer() throws Exception {
        Answerer real = new ExtractiveAnswerer(engine.retriever());
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        Answerer held = (question, history, topK) -> {
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.answer(question, history, topK);
        };
        backend = new ServingBackend();
        backend.ready(engine.retriever(), held, () -> IndexStatus.of(engine.status()), () -> { });
        server = BaowenServer.start(backend, new ServerOptions("127.0.0.1", 0, null, null, null).withAnswerLimits(1, 0));
        blocker = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"腊八粥\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        chat = chromium.open(server.url(), 1280, 800).load("/");
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        blocker.get(60, TimeUnit.SECONDS);
        if (chat != null) chat.close();
        server.close();
    }

    @Test
    void should_say_busy_retrying_and_answer_when_the_retry_is_admitted() {
        // when: the question is shed
        chat.page().locator("#question").fill(ChatPageIT.SEED_QUESTION);
        chat.page().locator("#question").press("Enter");
        Locator exchange = chat.exchanges().first();

        // then: the reader sees the server is busy and the page retrying
        assertThat(exchange.locator(".typing-label")).hasText("报问正忙，正在重试…");

        // when: the server frees up before the retry
        release.countDown();

        // then: the one retry is answered
        assertThat(exchange.locator(".answer-text")).containsText("8年");
        assertThat(exchange.locator(".answer-text[aria-busy=false]")).hasCount(1);
        assertEquals(2, chat.chatRequests().size(), "one question, one retry");
        chat.forgetConsoleErrors();   // Chromium logs the 503 itself
    }

    @Test
    void should_retry_only_once_and_then_say_the_server_is_busy() {
        // when: the server stays busy
        chat.page().locator("#question").fill(ChatPageIT.SEED_QUESTION);
        chat.page().locator("#question").press("Enter");
        Locator exchange = chat.exchanges().first();

        // then
        assertThat(exchange.locator(".error-text")).hasText("报问正忙，请稍后再问。");
        assertThat(exchange.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("重试"))).isVisible();
        assertEquals(2, chat.chatRequests().size(), "one question, one retry, no more");
        chat.forgetConsoleErrors();
    }
}
