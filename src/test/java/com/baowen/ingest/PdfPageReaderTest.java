package com.baowen.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfPageReaderTest {
    private static final Path SEEDS = Path.of("seeds");

    /** The seed page's articles as stories: each printed as a headline over its paragraphs. */
    static List<NewspaperPdf.Story> stories(List<Article> articles) {
        return articles.stream().map(a -> new NewspaperPdf.Story(a.title(),
                Arrays.stream(a.text().split("\n")).filter(p -> !p.isBlank()).toList())).toList();
    }

    @Test
    void should_give_the_txt_pages_article_titles_from_a_two_column_pdf_of_it() throws Exception {
        List<Path> seeds;
        try (var files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        for (Path seedFile : seeds) {
            // given
            String seed = seedFile.getFileName().toString();
            String page = Files.readString(seedFile, StandardCharsets.UTF_8);
            List<Article> fromTxt = new TxtPageParser(false).parse("s", seed, page, new ArrayList<>());
            byte[] pdf = NewspaperPdf.page(stories(fromTxt));

            // when
            List<Article> fromPdf = new PdfPageReader().read("p", "p.pdf", pdf, new ArrayList<>());

            // then
            assertEquals(fromTxt.stream().map(Article::title).toList(), fromPdf.stream().map(Article::title).toList(), seed);
            assertEquals("p-01", fromPdf.getFirst().id());
            // the body is read down the left column, then down the right one
            Article first = fromTxt.getFirst();
            assertTrue(fromPdf.getFirst().text().replace("\n", "").startsWith(first.text().replace("\n", "").substring(0, 60)),
                    fromPdf.getFirst().text());
        }
    }

    @Test
    void should_read_a_column_down_before_the_next_column() {
        // given: a headline over two columns whose lines sit on the same baselines
        String left = "左栏第一行文字内容左栏第一行文字内容左栏第一行文字内容左栏第一行文字内容左栏第一行文字内容";
        String right = "右栏第一行文字内容右栏第一行文字内容右栏第一行文字内容右栏第一行文字内容右栏第一行文字内容";
        byte[] pdf = NewspaperPdf.page(List.of(new NewspaperPdf.Story("两栏排版的新闻标题", List.of(left, right))));

        // when
        Article a = new PdfPageReader().read("p", "p.pdf", pdf, new ArrayList<>()).getFirst();

        // then
        assertEquals("两栏排版的新闻标题", a.title());
        assertEquals(left + right, a.text().replace("\n", ""));
    }

    @Test
    void should_skip_a_pdf_without_text_layer_naming_the_file() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new PdfPageReader().read("scan", "scan.pdf", NewspaperPdf.blank(2), new ArrayList<>()));
        assertEquals("scanned PDF: no text layer in scan.pdf (and OCR is not set up: models/ocr)", e.getMessage());
    }

    @Test
    void should_refuse_an_encrypted_pdf() {
        byte[] pdf = NewspaperPdf.encrypted(List.of(new NewspaperPdf.Story("标题", List.of("正文内容。"))));
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new PdfPageReader().read("e", "e.pdf", pdf, new ArrayList<>()));
        assertEquals("encrypted PDF: it needs a password", e.getMessage());
    }

    @Test
    void should_refuse_a_pdf_over_the_page_limit() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new PdfPageReader(3).read("h", "h.pdf", NewspaperPdf.blank(4), new ArrayList<>()));
        assertEquals("PDF has 4 pages, over the limit of 3 pages", e.getMessage());
    }

    @Test
    void should_name_a_malformed_pdf() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new PdfPageReader().read("b", "b.pdf", broken, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith("malformed PDF: "), e.getMessage());
    }
}
