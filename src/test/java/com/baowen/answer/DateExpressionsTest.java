package com.baowen.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateExpressionsTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 4, 23); // a Wednesday

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "大桥2025年4月19日通车|2025-04-19|2025-04-19|false",
            "2025年4月的降水量|2025-04-01|2025-04-30|false",
            "2024年全年|2024-01-01|2024-12-31|false",
            "2019年至2023年全县新建|2019-01-01|2023-12-31|false",
            "2001年-2010年间的增速|2001-01-01|2010-12-31|false",
            "2021—2025年的规划|2021-01-01|2025-12-31|false",
            "2025年1-3月份的产量|2025-01-01|2025-03-31|false",
            "4月19日上午|2025-04-19|2025-04-19|true",
            "1—8月份共加工|2025-01-01|2025-08-31|true",
            "3月份|2025-03-01|2025-03-31|true",
            "今年计划招募|2025-01-01|2025-12-31|true",
            "去年全年|2024-01-01|2024-12-31|true",
            "前年|2023-01-01|2023-12-31|true",
            "上周召开|2025-04-14|2025-04-20|true",
            "本周|2025-04-21|2025-04-27|true",
            "上个月|2025-03-01|2025-03-31|true",
            "昨天下午|2025-04-22|2025-04-22|true",
            "2023年前5个月的外资|2023-01-01|2023-05-31|false",
            "2023年上半年|2023-01-01|2023-06-30|false",
            "2022年下半年|2022-07-01|2022-12-31|false",
            "2024年一季度|2024-01-01|2024-03-31|false",
            "2024年第二季度|2024-04-01|2024-06-30|false",
            "2023年前三季度|2023-01-01|2023-09-30|false",
            "前十一个月的出口|2025-01-01|2025-11-30|true",
            "前三季度|2025-01-01|2025-09-30|true",
            "今年前两个月|2025-01-01|2025-02-28|true",
            "去年12月份的出口|2024-12-01|2024-12-31|true",
            "今年第一季度|2025-01-01|2025-03-31|true",
            "前年5月20日|2023-05-20|2023-05-20|true",
            "航展于4月12日至17日在珠海举办|2025-04-12|2025-04-17|true",
            "2024年11月12日—17日|2024-11-12|2024-11-17|false",
            "4月19日到京|2025-04-19|2025-04-19|true",
            "前两个月的出口|2025-01-01|2025-02-28|true",
            "乌军9日试图用导弹攻击|2025-04-09|2025-04-09|true",
            "会议于23日上午举行|2025-04-23|2025-04-23|true",
            "30日晚间发布|2025-03-30|2025-03-30|true",
            "3日起实施|2025-04-03|2025-04-03|true",
            "31日闭幕|2025-03-31|2025-03-31|true",
            "会议于4日至6日举行|2025-04-04|2025-04-06|true",
    })
    void should_read_the_period_a_text_names(String text, LocalDate from, LocalDate to, boolean relative) {
        // when
        DateExpressions.Period p = DateExpressions.period(text, REFERENCE);

        // then
        assertEquals(new DateExpressions.Period(from, to, relative), p);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', value = {
            "二季度增长6.3%|2024-01-17|2023-04-01|2023-06-30",
            "12月份的出口|2024-01-10|2023-12-01|2023-12-31",
            "下半年|2024-05-20|2023-07-01|2023-12-31",
            "11月5日闭幕|2024-04-18|2023-11-05|2023-11-05",
            "一季度增长5.3%|2024-01-17|2024-01-01|2024-03-31",
            "5月份以来|2024-05-20|2024-05-01|2024-05-31",
            "4月18日发布|2024-04-18|2024-04-18|2024-04-18",
            "进博会将于11月5日—10日在上海举办|2024-04-18|2024-11-05|2024-11-10",
            "下半年预计增长|2024-05-20|2024-07-01|2024-12-31",
            "下半年增长5.2%，预计今年|2024-05-20|2023-07-01|2023-12-31",
            "6月份的数据将于7月9日发布|2024-05-20|2024-06-01|2024-06-30",
    })
    void should_read_a_month_or_part_of_a_year_without_its_year_as_the_latest_begun_unless_planned(
            String text, LocalDate reference, LocalDate from, LocalDate to) {
        assertEquals(new DateExpressions.Period(from, to, true), DateExpressions.period(text, reference));
    }

    @ParameterizedTest
    @CsvSource({"今年的产量是多少？", "4月19日发生了什么？", "上周开了什么会？", "9日发生了什么？"})
    void should_leave_relative_periods_unread_without_a_reference(String text) {
        assertNull(DateExpressions.period(text, null));
    }

    @ParameterizedTest
    @CsvSource({"2025年13月的事", "2月30日", "8—3月份", "工厂有86名职工", "前十五个月", "比前一个月增长",
            "5日内办结", "第3日", "海南5日游", "需要7日左右", "32日", "0日", "15日以上",
            "比去年同期增长", "较今年同期", "4月20日至18日",
            "4000年前的岛上", "1975年以来", "2020年后", "2018年间", "1990年左右", "古城有2000年的历史",
            "长达1500年之久", "中华文明5000年"})
    void should_read_no_period_from_what_is_not_a_date(String text) {
        assertNull(DateExpressions.period(text, REFERENCE));
    }
}
