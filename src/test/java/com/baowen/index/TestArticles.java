package com.baowen.index;

import com.baowen.embed.Embedder;
import com.baowen.embed.Embedders;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;

import java.nio.file.Path;
import java.util.List;

/** Articles from the seed pages, and the model, for index and retrieval tests. */
public final class TestArticles {
    public static final String PAGE_0 = "000_232fd453f4f86065.txt";
    public static final String PAGE_1 = "001_3b5fd5ac28644315.txt";

    public static final Article LABA = new Article("000-laba", "腊八送温情 粥到意更浓", "太谷区总工会连续8年为一线户外劳动者送爱心粥",
            null, ArticleKind.NEWS, PAGE_0, null,
            "农历腊月初八这天有吃腊八粥的习俗。1月18日，为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，"
                    + "太谷区总工会充分发挥组织优势，开展“情暖腊八”冬日送温暖活动。这一活动，太谷区总工会已连续坚持了8年。"
                    + "当环卫工车德只接过热腾腾的腊八粥时，眼睛中流露出满满的幸福。", null);
    public static final Article LECTURE = new Article("000-lecture", "晋中市博士大讲堂农村知识专场开讲", null, null,
            ArticleKind.NEWS, PAGE_0, null,
            "1月16日，晋中市博士大讲堂特邀山西师范大学讲师师丹婧，为榆次区乌金山镇基层干部带来一场以《村干部职业化区域差异研究》为题的讲座。"
                    + "师丹婧从职业化的正规治理、准职业化的耦合治理、兼职化的简约治理和区域差异机制四方面深入阐释。", null);
    public static final Article COUPLETS = new Article("000-couplets", "写春联", null, null, ArticleKind.PHOTO, PAGE_0, null,
            "1月16日，太谷区文化馆、太谷区书法美术家协会联合主办的“迎新春送吉祥 文化进万家”春联暖冬行动在太谷区侯城乡沟子村正式启动，"
                    + "10余名书法爱好者为该村群众免费书写春联900余幅。", null);
    public static final Article LIBRARY = new Article("001-library", "省图书馆招募文化志愿者", null, null, ArticleKind.NEWS,
            PAGE_1, null,
            "山西省图书馆面向社会招募春节期间文化志愿者。报名截止到1月9日。志愿者将参与春节期间的读者服务、"
                    + "阅读推广和非遗展示活动。", null);

    private TestArticles() {
    }

    public static SourceFile page0(String sha) {
        return new SourceFile(PAGE_0, sha, List.of(LABA, LECTURE, COUPLETS));
    }

    public static SourceFile page1(String sha) {
        return new SourceFile(PAGE_1, sha, List.of(LIBRARY));
    }

    /** The int8 model: the smallest, enough for behaviour tests. */
    public static Embedder embedder() {
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        return Embedders.open(models, "bge-small-zh-v15-q");
    }
}
