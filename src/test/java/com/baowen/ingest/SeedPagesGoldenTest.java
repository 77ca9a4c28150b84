package com.baowen.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden titles of the five seed pages, checked by reading each page. */
class SeedPagesGoldenTest {
    private static final Path SEEDS = Path.of("seeds");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("000_232fd453f4f86065.txt", List.of(
                        "晋中市博士大讲堂农村知识专场开讲",
                        "写春联",
                        "腊八送温情 粥到意更浓",
                        "品第一口年味 感每一缕温暖",
                        "梁艳萍出席全市市校协同创新发展专项行动大对接推进会",
                        "12345政务服务便民热线一头连着政府，一头连着广大群众",
                        "小核桃“链”出大产业")),
                Arguments.of("001_3b5fd5ac28644315.txt", List.of(
                        "我市发布今年首个调度令 加大四类污染源管控",
                        "搭建“连心桥” 共画“同心圆”",
                        "“创文明城市 讲太原故事” 短视频大赛启动",
                        "省图招募文化志愿者",
                        "太原古县城打造 “好运之城”文化IP",
                        "太原市第二实验小学将非遗体验纳入校内课后服务",
                        "尖草坪区文化惠民推“菜单式服务”",
                        "万柏林区农村产权交易中心完成首笔交易",
                        "阳曲县着力打造“老书记工作室”",
                        "做好生态环境共建共治",
                        "太重荣获质量创新金奖",
                        "1940年1月6日 晋西北八分区武装反叛斗争开始",
                        "1950年1月6日 中共太原市委召开第三次全体委员扩大会议",
                        "1952年1月6日 中共太原市委召开省市劳模、互助组长参加的扩大干部会议")),
                Arguments.of("002_349b83f5d47ec507.txt", List.of(
                        "让群众“找得到门、办得成事”",
                        "上党区南宋镇永丰村现代农业公司大棚内绿意盎然",
                        "文明交通齐参与 携手筑牢安全线",
                        "打破村域壁垒 做实“飞地经济”",
                        "黎城县东阳关镇龙王庙村农家院晒场上")),
                Arguments.of("003_5e18d6df73b2dd94.txt", List.of(
                        "阳高县构建“六项机制”推进基层治理",
                        "我市召开山西省2023年度考试录用公务员及选调优秀高校毕业生笔试（大同考区）考务工作会议",
                        "我市召开挂职干部座谈会",
                        "用高校先进成果服务大同发展",
                        "天镇按下抢抓生产“快进键”",
                        "在山东省成武县汶上集镇，村民在收获羊肚菌",
                        "全市89所学校获市级“平安校园”称号",
                        "灵丘县开展农资市场检查",
                        "做强“两端”提升“中间” 构建新型农业经营体系",
                        "清洁取暖美了乡村暖了人心",
                        "菜价季节性下降 “菜篮子”支出减少",
                        "燕子山矿获评全省职工“健康生活·幸福企业”试点单位")),
                Arguments.of("004_eafa9c3a2aef86a7.txt", List.of(
                        "“流动办公桌”家门口解难题",
                        "我市6家集体18名个人获评全省法治建设先进",
                        "依托十余项特色活动，第十三届八路军文化旅游节融合业态激活全域旅游",
                        "潞城区开展首期电商培训 拓展农特产品销售渠道",
                        "黎城县多措并举 持续筑牢粮食安全屏障",
                        "平顺县召开县委十五届十次全会，要求全县树立“求其上”理念",
                        "长子县宋村镇新兴产业园区的山西星萌科技有限公司",
                        "长治市“非遗迎春·匠心传韵”主题推广活动启幕",
                        "幸福生活“一键达”",
                        "饺香暖冬至，聚力凝监管——携手共护市监安"))
        );
    }

    private static List<Article> read(String file) {
        FileResult r = new CorpusReader().read(SEEDS.resolve(file));
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, r, r.toString());
        assertEquals(List.of(), parsed.warnings());
        return parsed.articles();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void should_find_every_article_of_the_page_under_its_own_headline(String file, List<String> titles) {
        // when
        List<Article> articles = read(file);

        // then
        assertEquals(titles.size(), articles.size());
        assertEquals(titles, articles.stream().map(Article::title).toList());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void should_map_every_text_character_back_to_the_same_character_in_the_source(String file, List<String> titles)
            throws Exception {
        // given
        String page = java.nio.file.Files.readString(SEEDS.resolve(file));

        // when
        List<Article> articles = read(file);

        // then: every non-separator character maps to itself, except ASCII punctuation made full-width
        for (Article a : articles) {
            for (int i = 0; i < a.text().length(); i++) {
                char c = a.text().charAt(i);
                char s = page.charAt(a.sourceMap().sourceOffset(i));
                if (c != '\n' && c != s) {
                    assertEquals("，；：？！（）".indexOf(c), ",;:?!()".indexOf(s), a.id() + " at " + i);
                }
            }
        }
    }

    @Test
    void should_attach_headline_printed_after_body_with_its_subtitle() {
        // when
        Article a = read("000_232fd453f4f86065.txt").get(2);

        // then
        assertEquals("000_232fd453f4f86065-03", a.id());
        assertEquals("腊八送温情 粥到意更浓", a.title());
        assertEquals("太谷区总工会连续8年为一线户外劳动者送爱心粥", a.subtitle());
        assertEquals(ArticleKind.NEWS, a.kind());
        assertTrue(a.text().startsWith("本报讯（记者冯静宁 通讯员焦玉虎）农历腊月初八这天有吃腊八粥的习俗。1月18日，"), a.text());
        assertTrue(a.text().contains("这一活动，太谷区总工会已连续坚持了8年。"), a.text());
        assertTrue(a.text().endsWith("热腾腾的祝福……"), a.text());
    }

    @Test
    void should_take_a_photo_caption_with_its_doubled_headline() {
        // when
        Article a = read("000_232fd453f4f86065.txt").get(1);

        // then
        assertEquals(ArticleKind.PHOTO, a.kind());
        assertEquals("写春联", a.title());
        assertEquals("本报通讯员 孙泰雁", a.byline());
    }

    @Test
    void should_join_the_parts_of_a_feature_printed_around_another_article() {
        // when
        Article a = read("001_3b5fd5ac28644315.txt").get(1);

        // then: section headings stay in the text as paragraphs
        assertEquals("搭建“连心桥” 共画“同心圆”", a.title());
        assertEquals("——小店区践行“枫桥经验”工作记事", a.subtitle());
        assertEquals("记者 司勇 通讯员 刘亚", a.byline());
        assertTrue(a.text().startsWith("人民至上 为民造福\n“有事情，找老王。”"), a.text());
        assertTrue(a.text().contains("\n党建引领 多向发力\n小店区平阳路街道南环社区"), a.text());
        assertTrue(a.text().contains("\n依靠基层 发动群众\n"), a.text());
    }

    @Test
    void should_keep_markdown_section_headings_out_of_titles_and_mark_continuations() {
        // when
        List<Article> articles = read("004_eafa9c3a2aef86a7.txt");

        // then
        assertEquals("壶关县龙泉镇水塔社区以“善治实招”暖民心——", articles.get(0).subtitle());
        assertEquals(ArticleKind.CONTINUATION, articles.get(2).kind());
        assertTrue(articles.get(2).text().startsWith("依托十余项特色活动"), articles.get(2).text());
        assertEquals("申玉芳 马芸", articles.get(4).byline());
    }

    @Test
    void should_give_each_column_entry_its_date() {
        // when
        List<Article> articles = read("001_3b5fd5ac28644315.txt");

        // then
        Article entry = articles.get(12);
        assertEquals(ArticleKind.COLUMN, entry.kind());
        assertEquals("1950年1月6日", entry.date());
        assertTrue(entry.text().startsWith("1950年1月6日\n中共太原市委召开第三次全体委员扩大会议。"), entry.text());
    }

    @Test
    void should_give_the_same_ids_on_every_read() {
        // when
        List<String> first = read("003_5e18d6df73b2dd94.txt").stream().map(Article::id).toList();
        List<String> second = read("003_5e18d6df73b2dd94.txt").stream().map(Article::id).toList();

        // then
        assertEquals(first, second);
        assertEquals("003_5e18d6df73b2dd94-01", first.getFirst());
        assertEquals("003_5e18d6df73b2dd94-12", first.getLast());
    }

    @Test
    void should_read_the_same_articles_from_a_gb18030_copy_with_windows_line_ends(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // given
        String page = java.nio.file.Files.readString(SEEDS.resolve("000_232fd453f4f86065.txt"));
        Path copy = dir.resolve("000_232fd453f4f86065.txt");
        java.nio.file.Files.write(copy, page.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GB18030")));

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, new CorpusReader().read(copy));

        // then
        assertEquals("GB18030", parsed.encoding());
        List<Article> original = read("000_232fd453f4f86065.txt");
        assertEquals(original.stream().map(Article::title).toList(), parsed.articles().stream().map(Article::title).toList());
        assertEquals(original.stream().map(Article::text).toList(), parsed.articles().stream().map(Article::text).toList());
    }
}
