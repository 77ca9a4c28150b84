package com.baowen.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Random pages made of the pieces real pages are made of: parsing never fails and keeps its promises. */
class TxtPageParserRandomPagesTest {
    private static final String[] PIECES = {"本报讯", "（记者 李", "）", "。", "，", "\n", "\n\n", "\n\n\n\n", " ", "　",
            "#", "## 标题", "| 横幅 |", "■ 动态", "（上接第一版）", "1950年1月6日", "本报记者 张三", "摄", "(任晓明)",
            "——副题", "标题文字", "正文内容很长很长", "”", "“", "……", "\r\n", "·东方 董婕·", "a", "1", "\t", "!", "?", ";"};

    @Test
    void should_give_titled_articles_whose_source_map_covers_their_text_for_any_page() {
        Random random = new Random(20261123);
        for (int i = 0; i < 1500; i++) {
            // given
            StringBuilder page = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                page.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (boolean markdown : new boolean[]{false, true}) {
                // when
                List<Article> articles = new TxtPageParser(markdown).parse("p", "p.txt", page.toString(), new ArrayList<>());

                // then
                for (Article a : articles) {
                    String where = a.id() + " of " + page;
                    assertFalse(a.title().isBlank() || a.title().contains("\n"), where);
                    assertFalse(a.text().isBlank(), where);
                    assertEquals(a.text().length(), a.sourceMap().length(), where);
                    for (int c = 0; c < a.text().length(); c++) {
                        int at = a.sourceMap().sourceOffset(c);
                        assertEquals(true, at >= 0 && at < page.length(), where);
                    }
                }
            }
        }
    }
}
