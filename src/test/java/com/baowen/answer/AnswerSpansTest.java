package com.baowen.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AnswerSpansTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "太谷区总工会送腊八粥坚持了几年？|这一活动，太谷区总工会已连续坚持了8年。|8年",
            "调度令要求多少家企业错峰停产？|在工业领域,除51家企业错峰停产、42家企业按照计划停产外,调度令对大钢和美锦钢铁均提出产能要求。|51家",
            "万品隆超市的特价芹菜一斤多少钱？|在万品隆超市，记者注意到，特价芹菜低至每斤1.69元，韭菜每斤4.99元，不少消费者正在选购。|1.69元",
            "窑沟村60岁及以上的老人占多大比例？|全村共有104户165人，60岁及以上人口占80%。|80%",
            "尖草坪区文化惠民服务一共有多少位培训老师？|62位优秀的培训老师带来了67项课程供社区居民选择。|62位",
            "吴丽丽哪一年获得了硕士学位？|2004年获得硕士学位，2010年获得博士学位。|2004年",
            "省图书馆文化志愿者的报名截止到哪天？|报名时间截至1月9日,一个人可报多个时间段进行服务。|1月9日",
            "哪个县用“一村一策”摸排机制盘活闲置校舍建党群服务中心？|针对部分村级阵地位置偏僻、功能薄弱等共性问题,壶关县创新推行“一村一策”摸排机制。|壶关县",
            "谁为乌金山镇基层干部带来了讲座？|晋中市博士大讲堂特邀山西师范大学讲师师丹婧，为榆次区乌金山镇基层干部带来一场讲座。|师丹婧",
    })
    void should_find_the_span_that_answers(String question, String sentence, String expected) {
        // when
        Span span = AnswerSpans.find(Question.parse(question, List.of()), sentence);

        // then
        assertEquals(expected, sentence.substring(span.start(), span.end()));
    }

    @Test
    void should_find_nothing_for_a_number_question_in_a_sentence_without_numbers() {
        // when
        Span span = AnswerSpans.find(Question.parse("麻田镇种了多少亩核桃？", List.of()), "麻田镇是核桃之乡。");

        // then
        assertNull(span);
    }
}
