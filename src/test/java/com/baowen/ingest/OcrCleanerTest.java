package com.baowen.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcrCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1月 16日，晋中市博士|1月16日，晋中市博士",
            "本报讯 （记者李伟江）1 月 18|本报讯（记者李伟江）1月18",
            "驻地 21 所高校科研处负责人、市|驻地21所高校科研处负责人、市",
            "截至 2023 年 11 月底，共受理各类工单|截至2023年11月底，共受理各类工单",
            "政 府 、综 改 区 晋 中 开 发 区 下 达|政府、综改区晋中开发区下达",
            "据悉,调度令将执行至9日24时。|据悉，调度令将执行至9日24时。",
            "渣土车辆(不含污泥运输车)也将按要求停止运输。(任晓明)|渣土车辆（不含污泥运输车）也将按要求停止运输。（任晓明）",
            "服务项目包括:“文源”系列|服务项目包括：“文源”系列",
            "温度为3.5度, value 1,2|温度为3.5度，value 1,2",
            "Hello  World 2K小西瓜|Hello World 2K小西瓜",
            "今年的主题是“文明交通 礼行天下”。|今年的主题是“文明交通 礼行天下”。",
            "书法作品。 本报通讯员 孙泰雁 摄|书法作品。本报通讯员 孙泰雁摄",
            "　　全角空格缩进的段落。|全角空格缩进的段落。"
    })
    void should_clean_body_lines(String raw, String expected) {
        assertEquals(expected, OcrCleaner.cleanBody(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "小 核 桃“ 链 ”出 大 产 业|小核桃“链”出大产业",
            "腊八送温情 粥到意更浓|腊八送温情 粥到意更浓",
            "太原古县城打造 “好运之城”文化IP|太原古县城打造 “好运之城”文化IP",
            "我市召开笔试(大同考区)考务工作会议|我市召开笔试（大同考区）考务工作会议",
            "' 梁艳萍出席全市市校协同创新发展专项 '|梁艳萍出席全市市校协同创新发展专项"
    })
    void should_clean_headlines_keeping_phrase_spaces(String raw, String expected) {
        assertEquals(expected, OcrCleaner.cleanHeadline(raw));
    }
}
