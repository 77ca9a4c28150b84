package com.baowen.web;

import com.baowen.SeedEngine;
import com.baowen.ingest.NewspaperPdf;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents view in Debian's Chromium against a real server whose corpus starts with one seed page:
 * a PDF is uploaded from the page, answers a question only it can answer, is deleted, and the question is
 * then not found.
 */
class DocumentsPageIT extends BrowserPageTest {
    static final String PDF_NAME = "平遥古城.pdf";
    static final String QUESTION = "平遥古城城墙修缮需要更换多少片琉璃瓦？";
    static final NewspaperPdf.Story STORY = new NewspaperPdf.Story("平遥古城启动城墙琉璃瓦修缮工程", List.of(
            "本报讯（记者 王静）3月12日，平遥古城城墙琉璃瓦修缮工程正式开工。此次修缮共需更换琉璃瓦1.2万片，预计工期为180天。",
            "据介绍，修缮所用琉璃瓦全部由介休市琉璃厂按传统工艺烧制。"));

    static Path corpus;

    @BeforeAll
    static void start() throws Exception {
        corpus = SeedEngine.tempDir("baowen-web-documents-corpus");
        Files.copy(SeedEngine.seeds().resolve("000_232fd453f4f86065.txt"), corpus.resolve("000_232fd453f4f86065.txt"));
        server = BaowenServer.start(corpus, SeedEngine.tempDir("baowen-web-documents-index"));
    }

    @Test
    void should_upload_a_pdf_answer_from_it_with_a_citation_then_delete_it() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");
        Page page = chat.page();

        // when: the PDF is added from the documents view
        page.locator("#open-documents").click();
        page.locator("#files").setInputFiles(new FilePayload(PDF_NAME, "application/pdf", NewspaperPdf.page(List.of(STORY))));

        // then: the upload is followed to "indexed" and the list shows it with its article
        assertThat(page.locator(".upload-file[data-name='" + PDF_NAME + "'] .upload-status")).hasText("已收录");
        assertThat(page.locator(".doc[data-source='" + PDF_NAME + "'] .doc-meta")).containsText("1 篇文章");
        chat.screenshot("web-documents.png");
        page.keyboard().press("Escape");

        // when: a question only the PDF answers
        Locator answer = chat.ask(QUESTION).locator(".bubble.answer");

        // then: answered and cited from the PDF's article
        assertThat(answer).not().hasClass(Pattern.compile(".*\\bnoanswer\\b.*"));
        assertThat(answer.locator(".answer-text")).containsText("1.2万片");
        assertThat(answer.locator(".answer-text button.cite").first()).hasText("[1]");
        assertThat(answer.locator(".sources li").first()).containsText("平遥古城启动城墙琉璃瓦修缮工程");
        answer.locator(".answer-text button.cite").first().click();
        assertTrue(chat.openArticleMark().textContent().contains("1.2万片"));
        assertThat(page.locator("#panel-meta")).containsText(PDF_NAME);

        // when: it is deleted, with confirmation, by keyboard
        page.locator("#open-documents").click();
        Locator row = page.locator(".doc[data-source='" + PDF_NAME + "']");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("删除 " + PDF_NAME)).press("Enter");
        assertThat(row.locator(".doc-confirm")).containsText("删除“" + PDF_NAME + "”及其 1 篇文章？");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确定删除")).press("Enter");

        // then: gone from the list and the folder
        assertThat(page.locator("#doc-message")).hasText("已删除“" + PDF_NAME + "”。");
        assertThat(row).hasCount(0);
        assertFalse(Files.exists(corpus.resolve(PDF_NAME)));
        assertThat(page.locator("#drop")).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.locator("#documents")).isHidden();

        // when / then: the same question is not found any more
        Locator again = chat.ask(QUESTION).locator(".bubble.answer");
        assertThat(again).hasClass(Pattern.compile(".*\\bnoanswer\\b.*"));
        assertThat(again.locator(".noanswer-title")).hasText("报纸里没有找到答案");
    }

    @Test
    void should_fit_the_documents_view_on_a_phone_and_name_a_rejected_file() {
        // given
        chat = chromium.open(server.url(), 390, 844).load("/");
        Page page = chat.page();

        // when
        page.locator("#open-documents").click();
        page.locator("#files").setInputFiles(new FilePayload("scan.pdf", "application/pdf", NewspaperPdf.blank(1)));

        // then: full width on a phone, and the skipped file says why
        assertEquals(390, page.locator("#documents").boundingBox().width, 1.0);
        // the blank scan is OCR'd (models loaded on first use): Chromium.launch sets the assertions' timeout to cover it
        assertThat(page.locator(".upload-file[data-name='scan.pdf'] .upload-status")).hasText("未收录");
        assertThat(page.locator(".upload-file[data-name='scan.pdf'] .upload-reason")).hasText("OCR found no text on the scan");
        chat.screenshot("web-documents-phone.png");
    }
}
