package com.baowen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code apt-get install chromium}) driven by Playwright, headless and offline:
 * Playwright never downloads a browser of its own. One per test class; not thread-safe.
 */
public final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: apt-get install -y chromium fonts-wqy-microhei");
        }
        // web assertions wait as long as an answer may take, not Playwright's 5 s: a first question runs
        // retrieval on a cold model, and on a CI machine busy with other builds its first streamed tokens
        // once took longer than 5 s to show
        PlaywrightAssertions.setDefaultAssertionTimeout(ChatPage.ANSWER_TIMEOUT_MS);
        // the driver reads this from its own environment first: no browser download, ever
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh context (no cookies, storage or cache shared with other tabs) of this viewport, in CSS pixels. */
    public ChatPage open(String baseUrl, int width, int height) {
        return open(baseUrl, width, height, ColorScheme.LIGHT);
    }

    ChatPage open(String baseUrl, int width, int height, ColorScheme scheme) {
        return ChatPage.open(browser, baseUrl, width, height, scheme);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
