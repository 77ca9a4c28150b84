package com.baowen.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageLayoutTest {
    private static OcrLine line(String text, double x0, double y0, double w, double h) {
        float[] at = new float[text.length()];
        for (int i = 0; i < at.length; i++) {
            at[i] = (i + 0.5f) / at.length;
        }
        return new OcrLine(new Quad(x0 + w / 2, y0 + h / 2, w, h, 0), text, 0.99f, at);
    }

    @Test
    void should_read_columns_left_to_right_with_headline_and_caption_as_their_own_blocks() {
        // given two columns, found in no particular order: a headline over two body lines, then a short line and a caption
        List<OcrLine> lines = List.of(
                line("师丹婧为干部带来讲座。", 500, 70, 300, 24),
                line("本报讯 1月16日，晋中市博士", 0, 70, 440, 24),
                line("本报通讯员 孙泰雁 摄", 500, 160, 200, 18),
                line("晋中市博士大讲堂开讲", 0, 0, 300, 45),
                line("大讲堂特邀山西师范大学讲师", 0, 100, 440, 24));

        // when
        OcrPage page = new PageLayout().layout(lines, 900, 300);

        // then the full last line of column 1 carries on into column 2; white space and kind changes are blank lines
        assertEquals("""
                晋中市博士大讲堂开讲

                本报讯 1月16日，晋中市博士
                大讲堂特邀山西师范大学讲师
                师丹婧为干部带来讲座。


                本报通讯员 孙泰雁 摄
                """, page.text());
        assertEquals(List.of(LineKind.HEADLINE, LineKind.BODY, LineKind.BODY, LineKind.BODY, LineKind.CAPTION),
                page.lines().stream().map(PageLine::kind).toList());
    }

    @Test
    void should_map_each_character_back_to_its_slice_of_the_line() {
        // given
        OcrPage page = new PageLayout().layout(List.of(line("晋中市博士大讲堂开讲", 0, 0, 300, 45)), 400, 100);

        // when the characters "大讲堂" (5..8) are looked up
        Quad box = page.boxOf(5, 8);

        // then their box is the middle three tenths of the line
        assertEquals(195, box.cx(), 0.01);
        assertEquals(90, box.width(), 0.01);
        assertEquals(22.5, box.cy(), 0.01);
    }

    @Test
    void should_restore_a_subtitle_dash_the_recogniser_read_as_two_yi() {
        OcrLine subtitle = line("一一壶关县村级党群服务中心激活治理", 0, 0, 600, 45);
        assertEquals("——壶关县村级党群服务中心激活治理", PageLayout.withDash(subtitle).text());
        assertEquals("一一一", PageLayout.withDash(line("一一一", 0, 0, 100, 45)).text());
    }

    @Test
    void should_level_a_tilted_page_before_ordering_it() {
        // given two lines of one column, tilted by 1 degree about the page centre
        double a = Math.toRadians(1);
        List<OcrLine> lines = List.of(
                new OcrLine(new Quad(220, 40, 440, 24, a), "第二行在下面。", 0.9f, new float[7]),
                new OcrLine(new Quad(220, 10, 440, 24, a), "第一行在上面，", 0.9f, new float[7]));

        // when
        OcrPage page = new PageLayout().layout(lines, 440, 60);

        // then
        assertEquals("第一行在上面，\n第二行在下面。\n", page.text());
        assertEquals(1.0, page.skew(), 0.01);
    }
}
