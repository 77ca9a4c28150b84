package com.baowen.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class of the web page: one Chromium for the class (launched before the subclass's own
 * {@code @BeforeAll} starts {@link #server}), both closed after the class, and each test's page closed with a
 * check that the page logged no error.
 */
abstract class BrowserPageTest {
    static BaowenServer server;
    static Chromium chromium;

    ChatPage chat;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowserAndServer() {
        if (chromium != null) chromium.close();
        if (server != null) server.close();
        chromium = null;
        server = null;
    }

    @AfterEach
    void closePage() {
        ChatPage.closeExpectingNoErrors(chat);
    }
}
