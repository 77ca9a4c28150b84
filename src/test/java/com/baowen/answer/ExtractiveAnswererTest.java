package com.baowen.answer;

import com.baowen.retrieve.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which publication dates answer a question that names a period (made-up articles). */
class ExtractiveAnswererTest {
    /** The record's measured windows ({@link Tuning#DAY_REPORT}, {@link Tuning#PERIOD_REPORT}). */
    private static final int DAY = (int) Tuning.DAY_REPORT.value();
    private static final int PERIOD = (int) Tuning.PERIOD_REPORT.value();

    @Test
    void should_take_news_of_one_day_from_that_day_to_three_days_after() {
        // given
        var day = new DateExpressions.Period(LocalDate.of(2023, 8, 17), LocalDate.of(2023, 8, 17), false);

        // when
        DateRange dates = ExtractiveAnswerer.reporting(day, DAY, PERIOD);

        // then
        assertEquals(new DateRange(LocalDate.of(2023, 8, 17), LocalDate.of(2023, 8, 20)), dates);
    }

    @Test
    void should_take_figures_of_a_longer_period_until_seven_weeks_after_it_ends() {
        // given: 2022年1—8月
        var months = new DateExpressions.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 8, 31), false);

        // when
        DateRange dates = ExtractiveAnswerer.reporting(months, DAY, PERIOD);

        // then
        assertEquals(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 10, 17)), dates);
    }

    @Test
    void should_keep_the_report_of_the_next_day_and_drop_other_days_news_unless_it_names_the_day() {
        // given: a question about 17 August; reports dated the 18th and the 28th, and one of the 28th that looks back
        Question q = Question.parse("2023年8月17日宣布辞职的负责人是谁？", List.of());
        List<Candidate> candidates = List.of(
                sentence("next-day", LocalDate.of(2023, 8, 18), "毛伊县紧急事务管理部门负责人安达亚宣布辞职。"),
                sentence("later", LocalDate.of(2023, 8, 28), "毛伊县新任负责人今天到任。"),
                sentence("looking-back", LocalDate.of(2023, 8, 28), "8月17日，安达亚宣布辞职。"));

        // when
        List<Candidate> kept = ExtractiveAnswerer.byPeriod(q, ExtractiveAnswerer.reporting(q.period(), DAY, PERIOD), candidates);

        // then
        assertEquals(List.of("next-day", "looking-back"), kept.stream().map(Candidate::articleId).toList());
    }

    @Test
    void should_drop_from_the_next_days_reports_sentences_that_tell_of_their_own_day_for_a_question_on_one_day() {
        // given: 17 August asked; the report of the day, and those of the 18th and 19th: one on its own day (今天), one
        // naming the 17th beside its own day, one naming no day; and a question on a month, whose figures run later
        Question q = Question.parse("2023年8月17日全市共接待游客多少万人次？", List.of());
        List<Candidate> candidates = List.of(
                sentence("own-day", LocalDate.of(2023, 8, 17), "今天，全市共接待游客12.3万人次。"),
                sentence("next-today", LocalDate.of(2023, 8, 18), "今天，全市共接待游客14.1万人次。"),
                sentence("next-both", LocalDate.of(2023, 8, 19), "今天公布：17日全市共接待游客12.3万人次。"),
                sentence("next-undated", LocalDate.of(2023, 8, 18), "全市共接待游客12.3万人次。"));
        Question month = Question.parse("2023年7月全市共接待游客多少万人次？", List.of());
        Candidate release = sentence("release", LocalDate.of(2023, 8, 18), "今天公布：上个月全市共接待游客310万人次。");

        // when
        List<Candidate> kept = ExtractiveAnswerer.byPeriod(q, ExtractiveAnswerer.reporting(q.period(), DAY, PERIOD), candidates);
        List<Candidate> keptForMonth = ExtractiveAnswerer.byPeriod(month,
                ExtractiveAnswerer.reporting(month.period(), DAY, PERIOD), List.of(release));

        // then: the next day's "今天" is that day, not the 17th; a month's report always comes out after it, so it stays
        assertEquals(List.of("own-day", "next-both", "next-undated"), kept.stream().map(Candidate::articleId).toList());
        assertEquals(List.of("release"), keptForMonth.stream().map(Candidate::articleId).toList());
    }

    @Test
    void should_read_a_day_of_the_month_alone_against_the_articles_date() {
        // given: news of 28 August names the 17th as "17日"; news of 20 September means its own month by "17日"
        Question q = Question.parse("2023年8月17日宣布辞职的负责人是谁？", List.of());
        Candidate byDay = sentence("by-day", LocalDate.of(2023, 8, 28), "17日，安达亚宣布辞职。");
        Candidate otherDay = sentence("other-day", LocalDate.of(2023, 8, 28), "毛伊县新任负责人27日到任。");
        List<Candidate> candidates = List.of(sentence("next-day", LocalDate.of(2023, 8, 18), "安达亚宣布辞职。"), byDay,
                otherDay, sentence("next-month", LocalDate.of(2023, 9, 20), "17日，新的负责人到任。"));

        // when
        List<Candidate> kept = ExtractiveAnswerer.byPeriod(q, ExtractiveAnswerer.reporting(q.period(), DAY, PERIOD), candidates);

        // then
        assertEquals(List.of("next-day", "by-day"), kept.stream().map(Candidate::articleId).toList());
        assertEquals(1f, SentenceFeatures.periodMatch(q, byDay.text(), byDay));
        assertEquals(0f, SentenceFeatures.periodMatch(q, otherDay.text(), otherDay));
    }

    @Test
    void should_drop_other_months_figures_when_no_article_reports_the_month_asked() {
        // given: an archive that ends before the month asked; last month's figure, and an undated text
        Question q = Question.parse("2024年6月份全国居民消费价格指数同比上涨了多少？", List.of());
        List<Candidate> candidates = List.of(
                sentence("april-figure", LocalDate.of(2024, 5, 10), "4月份，全国居民消费价格同比上涨0.3%。"),
                sentence("plan", LocalDate.of(2024, 5, 20), "6月份居民消费价格指数将于7月9日发布。"),
                sentence("undated", null, "居民消费价格同比上涨0.2%。"));

        // when
        List<Candidate> kept = ExtractiveAnswerer.byPeriod(q, ExtractiveAnswerer.reporting(q.period(), DAY, PERIOD), candidates);

        // then: what names the month stays, as does what carries no date to judge by
        assertEquals(List.of("plan", "undated"), kept.stream().map(Candidate::articleId).toList());
    }

    @Test
    void should_keep_from_other_dates_only_sentences_naming_a_period_inside_the_one_asked() {
        // given: May 2022 asked of an archive starting in July 2022: July's figure compared with "去年同期", the year's
        // average, and May's own figure looked back on; 2024's second quarter asked, and January's report of 2023's
        // quarters naming "二季度" without its year
        Question may = Question.parse("2022年5月份全国城镇调查失业率是多少？", List.of());
        List<Candidate> candidates = List.of(
                sentence("july", LocalDate.of(2023, 8, 15), "7月份，全国城镇调查失业率为5.3%，低于去年同期0.1个百分点。"),
                sentence("year", LocalDate.of(2023, 1, 17), "2022年全年，全国城镇调查失业率平均值为5.6%。"),
                sentence("may", LocalDate.of(2023, 1, 17), "2022年5月份，全国城镇调查失业率为5.9%。"));
        Question quarter = Question.parse("2024年第二季度国内生产总值同比增长多少？", List.of());
        Candidate lastYears = sentence("january", LocalDate.of(2024, 1, 17), "分季度看，一季度增长4.5%，二季度增长6.3%。");

        // when
        List<Candidate> kept = ExtractiveAnswerer.byPeriod(may, ExtractiveAnswerer.reporting(may.period(), DAY, PERIOD),
                candidates);
        List<Candidate> keptForQuarter = ExtractiveAnswerer.byPeriod(quarter,
                ExtractiveAnswerer.reporting(quarter.period(), DAY, PERIOD), List.of(lastYears));

        // then
        assertEquals(List.of("may"), kept.stream().map(Candidate::articleId).toList());
        assertEquals(List.of(), keptForQuarter);
    }

    @Test
    void should_drop_the_sentences_about_another_edition_in_an_article_that_names_the_one_asked_too() {
        // given: the report of the 14th air show, closing with the date of the 15th
        Question q = Question.parse("第十五届中国航展期间共签约多少亿元？", List.of());
        String text = "第十四届中国航展今天闭幕，签约总额超过398亿美元。据介绍，第十五届中国航展将于2024年11月在珠海举办。观众表示收获很大。";
        List<Candidate> candidates = List.of(
                sentence("fourteenth", text, 0, 26), sentence("fourteenth", text, 26, 54),
                sentence("fourteenth", text, 54, text.length()));

        // when
        List<Candidate> kept = ExtractiveAnswerer.byEdition(q, candidates);

        // then
        assertEquals(List.of("据介绍，第十五届中国航展将于2024年11月在珠海举办。", "观众表示收获很大。"),
                kept.stream().map(Candidate::text).toList());
    }

    @Test
    void should_drop_the_articles_about_other_editions_of_the_series_asked() {
        // given: a question about the 11th festival; articles on the 10th, on the 10th and 11th, and one naming no edition
        Question q = Question.parse("第十一届丝绸之路国际电影节在哪座城市举办？", List.of());
        List<Candidate> candidates = List.of(
                sentence("tenth", LocalDate.of(2023, 11, 16), "第十届丝绸之路国际电影节在福州开幕。"),
                sentence("both", LocalDate.of(2023, 11, 20), "第十届落幕，第十一届丝绸之路国际电影节将在西安举办。"),
                sentence("unnumbered", LocalDate.of(2023, 11, 21), "丝绸之路国际电影节吸引了众多观众。"));

        // when
        List<Candidate> kept = ExtractiveAnswerer.byEdition(q, candidates);

        // then
        assertEquals(List.of("both", "unnumbered"), kept.stream().map(Candidate::articleId).toList());
    }

    private static Candidate sentence(String article, String articleText, int start, int end) {
        return new Candidate(article, "新闻", "news.jsonl", 0, LocalDate.of(2022, 11, 13), 0, 3, start, end,
                articleText.substring(start, end), null, "", "", articleText);
    }

    private static Candidate sentence(String article, LocalDate date, String text) {
        return new Candidate(article, "新闻", "news.jsonl", 0, date, 0, 1, 0, text.length(), text, null, "", "", text);
    }
}
