package com.baowen.web;

import com.baowen.SeedEngine;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.baowen.ocr.PageRenderer;
import com.baowen.ocr.ScannedCorpus;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan view in Debian's Chromium against the real server on a corpus of one printed scan and one text page:
 * a citation read off the scan has a "原版" control that opens the page image with the cited lines boxed where
 * they are printed, by keyboard, on a desktop and on a phone.
 */
class ScanViewPageIT extends BrowserPageTest {
    static ScannedCorpus scans;

    @BeforeAll
    static void start() {
        scans = ScannedCorpus.shared();
        ServingBackend backend = new ServingBackend();
        backend.ready(scans.engine(), new ExtractiveAnswerer(scans.engine().retriever()));
        server = BaowenServer.start(backend, new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()));
    }

    @Test
    void should_open_the_scan_from_the_keyboard_with_the_cited_lines_boxed_where_they_are_printed() {
        // given an answer cited from the scan
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();
        Locator answer = chat.ask(ScannedCorpus.QUESTION).locator(".bubble.answer");
        assertThat(answer.locator(".answer-text")).containsText(ScannedCorpus.ANSWER);
        Locator source = answer.locator(".sources li").first();
        assertThat(source.locator(".source-file")).containsText(ScannedCorpus.SCAN);
        Locator control = source.locator("button.scan-open");
        assertThat(control).hasText("原版");

        // when the reader tabs to it and presses Enter
        control.focus();
        page.keyboard().press("Enter");

        // then the page image is shown with at least one box, and each box lies on a printed line
        Locator image = page.locator("#scan-image");
        assertThat(image).isVisible();
        assertTrue((Boolean) image.evaluate("i => i.complete && i.naturalWidth > 0"), "the image loaded");
        Locator boxes = page.locator("#scan-page .scan-box");
        assertThat(boxes.first()).isVisible();
        assertThat(page.locator("#scan-message")).containsText("红框标出引文所在的");
        BoundingBox shown = image.boundingBox();
        double scale = scans.page().image().getWidth() / shown.width;
        for (int i = 0; i < boxes.count(); i++) {
            BoundingBox b = boxes.nth(i).boundingBox();
            double x = (b.x + b.width / 2 - shown.x) * scale;
            double y = (b.y + b.height / 2 - shown.y) * scale;
            PageRenderer.Line line = scans.page().lineAt(x, y);
            assertNotNull(line, "box " + i + " at (" + x + ", " + y + ") on the page is on no printed line");
        }
        chat.screenshot("web-scan.png");

        // when / then Escape closes it and gives the focus back to the control
        page.keyboard().press("Escape");
        assertThat(page.locator("#scan")).isHidden();
        assertThat(control).isFocused();
    }

    @Test
    void should_fit_the_scan_view_on_a_phone() {
        // given
        chat = chromium.open(server.url(), 390, 844).load("/");
        Page page = chat.page();
        Locator answer = chat.ask(ScannedCorpus.QUESTION).locator(".bubble.answer");

        // when
        answer.locator(".sources li").first().locator("button.scan-open").click();

        // then the view fills the screen, the page is as wide as the view, and a box is shown
        assertThat(page.locator("#scan-page .scan-box").first()).isVisible();
        assertEquals(390, page.locator("#scan").boundingBox().width, 1.0);
        assertTrue(page.locator("#scan-image").boundingBox().width <= 390, "the page fits the phone's width");
        chat.screenshot("web-scan-phone.png");
    }
}
