package com.baowen.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountedTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "市里共派出多少个安全检查组？|检查组",
            "这次活动招募了几名志愿者？|志愿者",
            "园区里建成了多少个大型停车场？|停车场",
            "今年新开了多少家新书店？|书店",
            "货车上装了多少吨化肥？|化肥",
            "市里共派出多少个？|-",
            "全县有多少人报名？|-",
            "他每天要干到几点才能休息？|-",
            "这次假期一共放几天？|-",
            "他会说哪几门外语？|-",
            "项目总投资是多少？|-",
    })
    void should_tell_the_thing_a_question_counts(String question, String thing) {
        assertEquals(thing, Counted.asked(TextFold.fold(question)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "市里共派出12个检查组，分赴各县。|检查组|true",
            "活动共招募志愿者三百余名。|志愿者|true",
            "今天（5月8日），新建的停车场投入使用，共设立41个临时安置点。|停车场|false",
            "此次运送物资总重约6.5吨，此外，货车还装了化肥。|化肥|false",
            "新建的停车场在2026年5月投入使用。|停车场|false",
    })
    void should_tell_a_clause_that_counts_the_thing(String sentence, String thing, boolean gives) {
        assertEquals(gives, Counted.givesCount(TextFold.fold(sentence), thing));
    }
}
