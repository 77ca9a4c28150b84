package com.baowen.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Page parsing on literal excerpts of the seed pages. */
class TxtPageParserTest {
    private final List<String> warnings = new ArrayList<>();

    private List<Article> parse(String page, boolean markdown) {
        return new TxtPageParser(markdown).parse("p", "p.txt", page, warnings);
    }

    @Test
    void should_rejoin_hard_wrapped_lines_also_across_a_blank_line_inside_a_sentence() {
        // given: narrow-column OCR from 000, headline after the body
        String page = """
                本报讯 （记者崔斌）1月 16日，晋中市博士
                大讲堂特邀山西师范大学讲师师丹婧，为榆次区
                乌金山镇基层干部带来一场讲座。

                现场基层干部纷纷表示：“课程深入浅出地分
                析了不同地区村干部职业化的现状。”送上了腊八

                粥、太谷饼等早餐。

                晋中市博士大讲堂农村知识专场开讲
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(1, articles.size());
        Article a = articles.getFirst();
        assertEquals("晋中市博士大讲堂农村知识专场开讲", a.title());
        assertEquals("记者崔斌", a.byline());
        assertEquals("本报讯（记者崔斌）1月16日，晋中市博士大讲堂特邀山西师范大学讲师师丹婧，为榆次区乌金山镇基层干部带来一场讲座。\n"
                + "现场基层干部纷纷表示：“课程深入浅出地分析了不同地区村干部职业化的现状。”送上了腊八粥、太谷饼等早餐。", a.text());
        assertEquals(List.of(), warnings);
    }

    @Test
    void should_take_headline_kicker_subtitle_and_byline_printed_before_the_body() {
        // given: from 002
        String page = """
                让群众“找得到门、办得成事”

                ——壶关县村级党群服务中心激活治理“大能量”

                本报记者 李盼 通讯员 王楠

                “以前办事得跑好几趟,现在家门口就能办,真是太方便了!”近日,壶关县石坡乡石坡村村民王大爷连连称赞。
                """;

        // when
        Article a = parse(page, false).getFirst();

        // then
        assertEquals("让群众“找得到门、办得成事”", a.title());
        assertEquals("——壶关县村级党群服务中心激活治理“大能量”", a.subtitle());
        assertEquals("本报记者 李盼 通讯员 王楠", a.byline());
        assertEquals("“以前办事得跑好几趟，现在家门口就能办，真是太方便了！”近日，壶关县石坡乡石坡村村民王大爷连连称赞。", a.text());
    }

    @Test
    void should_skip_section_banners_and_split_at_leads() {
        // given: from 003
        String page = """
                ■ 政务动态

                我市召开挂职干部座谈会

                本报讯（记者 郝雨）2月23日，我市召开挂职干部座谈会，市委常委、组织部长刘鹏出席并讲话。

                灵丘县开展农资市场检查

                本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(List.of("我市召开挂职干部座谈会", "灵丘县开展农资市场检查"), articles.stream().map(Article::title).toList());
        assertEquals("记者 郝雨", articles.get(0).byline());
        assertEquals(List.of("p-01", "p-02"), articles.stream().map(Article::id).toList());
    }

    @Test
    void should_take_a_photo_caption_with_credit_line_as_its_own_article() {
        // given: from 002, after an article, three blank lines apart
        String page = """
                文明交通齐参与 携手筑牢安全线

                此次活动通过课堂宣讲、主题集市、亮屏行动等多种形式,将交通安全知识送到群众身边。



                日前,黎城县东阳关镇龙王庙村农家院晒场上,村民们正忙着分拣、整理丰收的柿子。

                本报记者 赵浩 摄
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(2, articles.size());
        Article photo = articles.get(1);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertEquals("黎城县东阳关镇龙王庙村农家院晒场上", photo.title());
        assertEquals("本报记者 赵浩", photo.byline());
        assertNull(photo.subtitle());
    }

    @Test
    void should_use_markdown_headings_and_skip_section_headings() {
        // given: from 004
        String page = """
                ## 着力保障和改善民生

                ### 幸福生活“一键达”

                ——潞州区淮海社区加速推进老旧小区加装电梯项目

                目前，淮海社区127院老旧小区加装电梯项目现场，大型机械正按照规划位置精准破路。

                ·东方 董婕·

                ## 黎城县多措并举 持续筑牢粮食安全屏障

                本报讯 寒冬时节，黎城县黎侯镇陈村的田野里，村民武文中看着长势良好的小麦。
                """;

        // when
        List<Article> articles = parse(page, true);

        // then
        assertEquals(List.of("幸福生活“一键达”", "黎城县多措并举 持续筑牢粮食安全屏障"),
                articles.stream().map(Article::title).toList());
        assertEquals("——潞州区淮海社区加速推进老旧小区加装电梯项目", articles.get(0).subtitle());
        assertEquals("东方 董婕", articles.get(0).byline());
    }

    @Test
    void should_warn_about_a_headline_that_has_no_body() {
        // given
        String page = """
                太重荣获质量创新金奖

                本报讯 1月5日消息，太重集团研发的挖掘机获金奖。（张秀丽）

                人民至上 为民造福
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(List.of("太重荣获质量创新金奖"), articles.stream().map(Article::title).toList());
        assertEquals(List.of("p.txt: headline without article body: '人民至上 为民造福'"), warnings);
    }

    @Test
    void should_find_headlines_on_a_page_without_blank_lines() {
        // given: one paragraph per line, nothing between the articles (literal text from 003)
        String page = """
                我市召开挂职干部座谈会
                本报讯（记者 郝雨）2月23日，我市召开挂职干部座谈会，市委常委、组织部长刘鹏出席并讲话。
                会上，10名挂职干部先后作了交流发言，大家结合自身实际，分享了挂职以来的收获和体会。
                灵丘县开展农资市场检查
                本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。为保障各种农资产品供应，连日来开展检查。
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(List.of("我市召开挂职干部座谈会", "灵丘县开展农资市场检查"), articles.stream().map(Article::title).toList());
        assertEquals("本报讯（记者 郝雨）2月23日，我市召开挂职干部座谈会，市委常委、组织部长刘鹏出席并讲话。\n"
                + "会上，10名挂职干部先后作了交流发言，大家结合自身实际，分享了挂职以来的收获和体会。", articles.get(0).text());
    }

    @Test
    void should_read_paragraphs_indented_with_ideographic_spaces_as_one_article() {
        // given: every paragraph indented, as many digital archives print them
        String page = """
                清洁取暖美了乡村暖了人心
                　　“今年这个年过得真开心。‘煤炉子’变成了‘电暖气’，只要‘电门’一开，家里几分钟就暖和了。”
                　　窑沟村地处山区，全村常住人口104户165人，60岁及以上人口占80%。
                　　去年，窑沟村及时组织施工队实施“煤改电”工程。
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(1, articles.size());
        assertEquals("清洁取暖美了乡村暖了人心", articles.getFirst().title());
        assertEquals(3, articles.getFirst().text().split("\n").length);
    }

    @Test
    void should_not_take_a_page_that_opens_mid_article_for_headlines_after_bodies() {
        // given: the page opens with the end of an article from the page before, then headline-first articles
        String page = """
                种植户闫俊连连称赞，比自己种收入还多。

                太重荣获质量创新金奖

                本报讯 1月5日消息，太重集团研发的“大型矿用挖掘机远程操作系统”获得金奖。

                灵丘县开展农资市场检查

                本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(List.of("种植户闫俊连连称赞，比自己种收入还多", "太重荣获质量创新金奖", "灵丘县开展农资市场检查"),
                articles.stream().map(Article::title).toList());
    }

    @Test
    void should_start_a_new_article_at_a_lone_headline_after_a_news_story() {
        // given: two stories whose bodies have no lead; the second headline is no section heading
        String page = """
                太重荣获质量创新金奖

                1月5日消息，太重集团研发的挖掘机获得金奖。

                灵丘县开展农资市场检查

                当前正值春耕备耕关键时期，农资产品进入销售旺季。
                """;

        // when
        List<Article> articles = parse(page, false);

        // then
        assertEquals(List.of("太重荣获质量创新金奖", "灵丘县开展农资市场检查"), articles.stream().map(Article::title).toList());
    }

    @Test
    void should_not_take_a_line_of_hashes_for_a_markdown_heading() {
        // given
        String page = """
                ##

                # 灵丘县开展农资市场检查

                本报讯（记者 宋芳）当前正值春耕备耕关键时期。
                """;

        // when
        List<Article> articles = parse(page, true);

        // then
        assertEquals(List.of("灵丘县开展农资市场检查"), articles.stream().map(Article::title).toList());
        assertNull(articles.getFirst().subtitle());
    }
}
