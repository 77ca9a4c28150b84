package com.baowen.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleDeriverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the whole first sentence when it is short, without the lead marker
            "本报讯（记者雷昊）12345政务服务便民热线一头连着政府，一头连着广大群众。2007年，我市|12345政务服务便民热线一头连着政府，一头连着广大群众",
            // an opening time clause is dropped, then whole clauses up to 32 characters
            "1月5日，太原市第二实验小学将非遗体验纳入校内课后服务，丰富“双减”政策后学生生活。|太原市第二实验小学将非遗体验纳入校内课后服务",
            "近日，上党区南宋镇永丰村现代农业公司大棚内绿意盎然，技术人员正细致查看2K小西瓜生长情况。|上党区南宋镇永丰村现代农业公司大棚内绿意盎然",
            "（上接第一版）平顺县召开县委十五届十次全会。|平顺县召开县委十五届十次全会",
            // a lead of punctuation only still gives a title
            "。……“”|。……“”",
            // a sentence without commas is cut at 32 characters and marked
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五。|一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二…"
    })
    void should_derive_a_short_title_from_the_lead(String text, String expected) {
        assertEquals(expected, TitleDeriver.derive(text));
    }
}
