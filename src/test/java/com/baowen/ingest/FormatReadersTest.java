package com.baowen.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus reader on PDF, HTML and DOCX files: the reader chosen by content, and bad files named. */
class FormatReadersTest {
    private static final String P1 = "本报讯（记者 崔斌）1月16日，太谷区总工会在太谷区鼓楼广场开展“腊八送温情 粥到意更浓”活动，为环卫工人、快递小哥送上热腾腾的腊八粥。";
    private static final String P2 = "这一活动，太谷区总工会已连续坚持了8年。";

    @TempDir
    Path dir;

    private FileResult read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new CorpusReader().read(dir, file);
    }

    @Test
    void should_read_one_article_with_its_date_from_a_news_page_with_navigation_and_ads() throws Exception {
        // given
        String html = NewsHtml.page("腊八送温情 粥到意更浓", "2024-01-18", "http://www.jzrb.com/2024-01/18/content_1.htm", P1, P2);

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, read("laba.html", html.getBytes(StandardCharsets.UTF_8)));

        // then
        assertEquals(1, parsed.articles().size());
        Article a = parsed.articles().getFirst();
        assertEquals("腊八送温情 粥到意更浓", a.title());
        assertEquals("2024-01-18", a.date());
        assertEquals(P1 + "\n" + P2, a.text());
        assertEquals("laba-01", a.id());
        assertEquals("http://www.jzrb.com/2024-01/18/content_1.htm", a.provenance().url());
        assertEquals("text/html", parsed.encoding());
    }

    @Test
    void should_take_the_date_from_the_url_when_the_page_prints_none() {
        String html = "<html><head><title>标题甲</title><link rel=canonical href=\"https://news.example.cn/2023/11/05/a.html\"></head>"
                + "<body><div><p>" + P1 + "</p></div></body></html>";
        Article a = new HtmlPageReader().read("u", "u.html", html.getBytes(StandardCharsets.UTF_8), new java.util.ArrayList<>()).getFirst();
        assertEquals("标题甲", a.title());
        assertEquals("2023-11-05", a.date());
    }

    @Test
    void should_make_one_article_per_heading_of_a_docx() throws Exception {
        // given
        byte[] docx = WordFile.docx(List.of(
                new WordFile.Section("腊八送温情 粥到意更浓", List.of(P1, P2)),
                new WordFile.Section("晋中市博士大讲堂农村知识专场开讲", List.of("本报讯 1月16日，晋中市博士大讲堂特邀山西师范大学讲师师丹婧为基层干部带来讲座。"))));

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, read("两篇.docx", docx));

        // then
        assertEquals(List.of("腊八送温情 粥到意更浓", "晋中市博士大讲堂农村知识专场开讲"),
                parsed.articles().stream().map(Article::title).toList());
        assertTrue(parsed.articles().getFirst().text().contains(P2), parsed.articles().getFirst().text());
    }

    @Test
    void should_read_a_pdf_by_its_content_whatever_its_name() throws Exception {
        byte[] pdf = NewspaperPdf.page(List.of(new NewspaperPdf.Story("腊八送温情 粥到意更浓", List.of(P1, P2))));
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, read("renamed.txt", pdf));
        assertEquals("application/pdf", parsed.encoding());
        assertEquals(List.of("腊八送温情 粥到意更浓"), parsed.articles().stream().map(Article::title).toList());
    }

    @Test
    void should_refuse_a_zip_named_like_a_pdf() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("不是PDF".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = bytes.toByteArray();
        FileResult.Skipped s = assertInstanceOf(FileResult.Skipped.class, read("fake.pdf", zip));
        assertTrue(s.reason().startsWith("unsupported content type application/zip (read here: "), s.reason());
    }

    @Test
    void should_name_a_malformed_docx() throws Exception {
        byte[] docx = WordFile.docx(List.of(new WordFile.Section("标题", List.of(P1))));
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        FileResult.Skipped s = assertInstanceOf(FileResult.Skipped.class, read("broken.docx", truncated));
        assertEquals("malformed DOCX: XML document structures must start and end within the same entity.", s.reason());
    }

    @Test
    void should_stop_a_zip_bomb() throws Exception {
        FileResult.Skipped s = assertInstanceOf(FileResult.Skipped.class, read("bomb.docx", WordFile.zipBomb(60)));
        assertTrue(s.reason().startsWith("DOCX refused as a zip bomb: "), s.reason());
    }
}
