package com.baowen.ocr;

import com.baowen.BaowenException;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import com.baowen.ingest.SourceMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article offsets to boxes on a scan: through the article's source map to the OCR text, then one box a printed
 * line, each the slice of its line the characters cover.
 */
class ArticleScansTest {
    // two printed lines of 10 characters, 400 px wide (40 px a character), one under the other
    static final String LINE_1 = "仅首期项目就让6个村";
    static final String LINE_2 = "年带动就业400余人";
    static final OcrPage PAGE = new OcrPage(LINE_1 + "\n" + LINE_2, List.of(
            line(LINE_1, 300, 100, 0),
            line(LINE_2, 300, 150, LINE_1.length() + 1)), 800, 600, 0, false);
    static final ScannedDocument DOC = ScannedDocument.of(List.of(PAGE));
    /** The article joins the printed lines: its character i is the page's i, or i + 1 past the line break. */
    static final Article ARTICLE = article(LINE_1 + LINE_2, IntStream.range(0, LINE_1.length() + LINE_2.length())
            .map(i -> i < LINE_1.length() ? i : i + 1).toArray());

    static PageLine line(String text, double cx, double cy, int start) {
        float[] at = new float[text.length()];
        for (int i = 0; i < at.length; i++) {
            at[i] = (i + 0.5f) / at.length;
        }
        return new PageLine(new OcrLine(new Quad(cx, cy, 400, 30, 0), text, 0.99f, at), LineKind.BODY, start, 0);
    }

    static Article article(String text, int[] map) {
        return new Article("scan-01", "标题", null, null, ArticleKind.NEWS, "scan.png", null, text, new SourceMap(map));
    }

    @Test
    void should_box_characters_of_one_line_as_the_slice_they_cover() {
        // given "400余人" in the article
        int at = ARTICLE.text().indexOf("400余人");

        // when
        List<ScannedDocument.LineSpan> boxes = ArticleScans.boxes(ARTICLE, DOC, at, at + 5);

        // then one box: characters 5..9 of the second line, 40 px each, from x = 100 + 5 * 40
        assertEquals(1, boxes.size());
        ScannedDocument.LineSpan box = boxes.getFirst();
        assertEquals("400余人", DOC.text().substring(box.start(), box.end()));
        double[] b = box.box().bounds();
        assertEquals(300, b[0], 0.01);
        assertEquals(500, b[2], 0.01);
        assertEquals(135, b[1], 0.01);
        assertEquals(165, b[3], 0.01);
    }

    @Test
    void should_box_a_span_across_a_line_break_once_a_line_in_reading_order() {
        // given "6个村年带动" runs from the end of the first line into the second
        int at = ARTICLE.text().indexOf("6个村年带动");

        // when
        List<ScannedDocument.LineSpan> boxes = ArticleScans.boxes(ARTICLE, DOC, at, at + 6);

        // then
        assertEquals(List.of("6个村", "年带动"), boxes.stream().map(s -> DOC.text().substring(s.start(), s.end())).toList());
        assertEquals(100, boxes.get(0).box().cy(), 0.01);
        assertEquals(150, boxes.get(1).box().cy(), 0.01);
        assertEquals(500, boxes.get(0).box().bounds()[2], 0.01);
        assertEquals(100, boxes.get(1).box().bounds()[0], 0.01);
    }

    @Test
    void should_find_the_page_of_an_offset_in_a_document_of_several_pages() {
        // given three pages, the page breaks between them
        ScannedDocument doc = ScannedDocument.of(List.of(PAGE, PAGE, PAGE));
        int second = doc.pageStarts().get(1);

        // when / then
        assertEquals(0, doc.pageOf(0));
        assertEquals(0, doc.pageOf(second - 1));
        assertEquals(1, doc.pageOf(second));
        assertEquals(2, doc.pageOf(doc.text().length() - 1));
        assertEquals(List.of(2), doc.boxesOf(IntStream.of(doc.pageStarts().get(2) + 3)).stream().map(ScannedDocument.LineSpan::page).toList());
    }

    @Test
    void should_tell_an_article_of_this_reading_from_one_of_a_changed_file() {
        assertTrue(ArticleScans.matches(ARTICLE, DOC));
        assertFalse(ArticleScans.matches(article("完全不同的一段文字", IntStream.range(0, 9).toArray()), DOC));
    }

    @Test
    void should_refuse_a_span_outside_the_article_naming_it() {
        BaowenException e = assertThrows(BaowenException.class, () -> ArticleScans.boxes(ARTICLE, DOC, 3, 99));

        assertEquals("a span of article 'scan-01' must lie in 0..20, got 3..99", e.getMessage());
    }
}
