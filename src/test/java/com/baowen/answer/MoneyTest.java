package com.baowen.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "青山大桥的总投资是多少？|总投资",
            "这届大赛冠军的奖金是多少？|奖金",
            "修这条路用了多少经费？|经费",
            "这家公司去年的营业收入为多少？|营业收入",
            "那套二手房的成交价是多少？|成交价",
            "新厂房的租金大概多少？|租金",
            "以每股多少的价格收购？|价格",
            "每户能领到多少政府补贴？|补贴",
            "项目获得了多少财政资金？|资金",
            "项目吸引了多少投资？|投资",
            "项目投资增长了多少？|-",
            "全县共有多少家企业？|-",
            "青山大桥全长是多少？|-",
            "全省的常住人口是多少？|-",
    })
    void should_tell_a_sum_of_money_asked_by_its_noun(String question, String noun) {
        assertEquals(noun, Money.asked(TextFold.fold(question)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "项目总投资2.5亿元。|项目总投资是多少？|true",
            "冠军奖金为三千元。|冠军奖金是多少？|true",
            "票房收益约10.2亿美金。|票房收益是多少？|true",
            "公司初始资本为5000万。|初始资本是多少？|true",
            "注册资本为30亿越南盾。|注册资本是多少？|true",
            "新园区由6个村共同出资建设，年产500万袋。|新园区总投资是多少？|false",
            "将于2026年5月底前公布获奖名单。|冠军奖金是多少？|false",
            "义诊从早上7点半持续到中午11点半。|义诊花了多少经费？|false",
            "销售额增长了12%。|销售额是多少？|false",
            "76岁的村民说，新暖气很好用。|每户的水费是多少？|false",
    })
    void should_tell_a_sentence_that_gives_a_sum(String sentence, String question, boolean gives) {
        assertEquals(gives, Money.givesSum(TextFold.fold(sentence), TextFold.fold(question)));
    }
}
