package com.baowen.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            第十一届丝绸之路国际电影节在哪座城市举办？ | 届丝绸:11
            神舟二十号载人飞船的乘组有谁？             | 神舟:20
            嫦娥6号带回了多少样品？                   | 嫦娥:6
            主席团第二次会议听取了什么报告？           | 次会议:2
            第一百零三期培训班有多少人？               | 期培训:103
            十四届全国人大一次会议何时开幕？           | ''
            6月20号的会议在哪里举行？                  | ''
            第3号文件说了什么？                        | ''
            纪录片《山河》第二季第7集讲了什么？         | 季:2,集:7
            第二季度的产值是多少？                     | ''
            第一集团军驻地在哪？                       | ''
            """)
    void should_read_the_editions_a_text_names(String text, String expected) {
        String got = String.join(",", Editions.of(text).stream().map(e -> e.series() + ":" + e.number()).toList());
        assertEquals(expected, got);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            第十一届丝绸之路国际电影节在哪举办？ | 第十届丝绸之路国际电影节在福州开幕。此前第九届在西安举办。 | true
            第十一届丝绸之路国际电影节在哪举办？ | 与第十届相比，第十一届丝绸之路国际电影节规模更大。       | false
            第十一届丝绸之路国际电影节在哪举办？ | 丝绸之路国际电影节今年在西安举办。                       | false
            神舟二十号乘组有谁？                 | 神舟十七号乘组完成出舱活动。                             | true
            神舟二十号乘组有谁？                 | 天舟七号货运飞船发射成功。                               | false
            第二次现代主义和第一次现代主义有何差别？ | 第二次现代主义兴起于战后。                           | false
            纪录片《山河》第六集的片名是什么？       | 纪录片《山河》第一集今晚播出。                       | true
            纪录片《山河》第六集的片名是什么？       | 纪录片《山河》第6集《长江》今晚播出。                 | false
            纪录片《山河》第六集的片名是什么？       | 纪录片《山河》全片共分六集。                         | false
            """)
    void should_tell_a_text_about_another_edition_of_the_series_asked(String question, String text, boolean another) {
        assertEquals(another, Editions.another(Editions.of(question), Editions.of(text)));
    }

    @ParameterizedTest
    @CsvSource({"20,20", "二十,20", "十一,11", "一百零三,103", "两,2", "十二十,-1"})
    void should_read_numerals_with_icu(String numeral, int expected) {
        assertEquals(expected, Editions.number(numeral));
    }

    @org.junit.jupiter.api.Test
    void should_name_nothing_in_a_text_without_numbered_editions() {
        assertEquals(List.of(), Editions.of("太谷区总工会已连续坚持了8年。"));
    }
}
