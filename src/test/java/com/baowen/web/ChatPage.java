package com.baowen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The web chat in one browser tab, seen the way a reader uses it; records console errors and the
 * bodies of {@code POST /api/chat} requests. Not thread-safe.
 */
public final class ChatPage implements AutoCloseable {
    static final double ANSWER_TIMEOUT_MS = 60_000;

    private final BrowserContext context;
    private final Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> chatRequests = new CopyOnWriteArrayList<>();

    private ChatPage(BrowserContext context, Page page) {
        this.context = context;
        this.page = page;
    }

    static ChatPage open(Browser browser, String baseUrl, int width, int height, ColorScheme scheme) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setColorScheme(scheme)
                .setLocale("zh-CN"));
        Page page = context.newPage();
        ChatPage chat = new ChatPage(context, page);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) chat.consoleErrors.add(m.text() + " @ " + m.location());
        });
        page.onPageError(e -> chat.consoleErrors.add("uncaught: " + e));
        page.onRequest(r -> chat.recordChat(r));
        page.setDefaultTimeout(ANSWER_TIMEOUT_MS);
        return chat;
    }

    private void recordChat(Request request) {
        if ("POST".equals(request.method()) && request.url().endsWith("/api/chat")) {
            chatRequests.add(request.postData());
        }
    }

    /** Loads the page (or {@code path}, e.g. {@code /#article=id}) and waits for the example questions. */
    public ChatPage load(String path) {
        page.navigate(path);
        page.locator("#examples .example").first().waitFor();
        return this;
    }

    /** Types the question, presses Enter and waits until the answer is complete. */
    public Locator ask(String question) {
        int before = exchanges().count();
        page.locator("#question").fill(question);
        page.locator("#question").press("Enter");
        Locator exchange = exchanges().nth(before);
        exchange.locator(".answer-text[aria-busy=false]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        return exchange;
    }

    Locator exchanges() {
        return page.locator("#log > li.exchange");
    }

    /** The open article panel's text, once its {@code <mark>} is shown. */
    Locator openArticleMark() {
        Locator mark = page.locator("#panel-text mark");
        mark.waitFor();
        return mark;
    }

    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", name))
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    Page page() {
        return page;
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** Forgets the console errors so far (a test that breaks the network on purpose expects some). */
    void forgetConsoleErrors() {
        consoleErrors.clear();
    }

    /** JSON bodies of the {@code POST /api/chat} requests sent so far, oldest first. */
    List<String> chatRequests() {
        return List.copyOf(chatRequests);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Closes the page, if a test opened one, and fails when it logged errors (the web ITs' {@code @AfterEach}). */
    static void closeExpectingNoErrors(ChatPage chat) {
        if (chat != null) {
            List<String> errors = chat.consoleErrors();
            chat.close();
            assertEquals(List.of(), errors, "the page logged errors");
        }
    }
}
