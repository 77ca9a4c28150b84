package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The highlight's options and their features (made-up sentences; HanLP tags them). */
class SpanFeaturesTest {
    private static List<SpanFeatures.Option> options(String question, String sentence) {
        return SpanFeatures.options(Question.parse(question, List.of()), TextFold.fold(sentence), Entities.of(sentence));
    }

    private static String text(String sentence, SpanFeatures.Option o) {
        return sentence.substring(o.entity().start(), o.entity().end());
    }

    private static float value(SpanFeatures.Option o, String name) {
        return o.values()[SpanFeatures.NAMES.indexOf(name)];
    }

    @Test
    void should_offer_the_dates_of_a_date_question_but_not_the_one_it_names() {
        // given
        String sentence = "该厂2008年扩建，1990年建成投产。";

        // when
        List<String> offered = options("该厂2008年扩建后哪一年建成投产？", sentence).stream().map(o -> text(sentence, o)).toList();

        // then
        assertEquals(List.of("1990年"), offered);
    }

    @Test
    void should_measure_how_much_of_the_question_stands_right_around_an_option_across_punctuation() {
        // given: the words before 哪一年 end in "于", those after begin "获评“"
        String sentence = "该厂于1990年建成，于2005年获评“省级先进单位”称号。";

        // when
        List<SpanFeatures.Option> offered = options("该厂于哪一年获评省级先进单位称号？", sentence);

        // then: "该厂于" stands before 1990年, only "于" before 2005年, but the words after the question word follow 2005年
        assertEquals(List.of("1990年", "2005年"), offered.stream().map(o -> text(sentence, o)).toList());
        assertEquals(3, value(offered.get(0), "leftContext"));
        assertEquals(0, value(offered.get(0), "rightContext"));
        assertEquals(1, value(offered.get(1), "leftContext"));
        assertEquals(10, value(offered.get(1), "rightContext"));
        assertEquals(1, value(offered.get(1), "sameKindBefore"));
    }

    @Test
    void should_offer_a_number_ending_in_the_unit_asked_whatever_its_kind() {
        // given: "8年" is a duration, tagged DATE, asked with 几年 (a NUMBER question); "这一" holds the NUMBER "一"
        String sentence = "这一活动已连续坚持了8年。";

        // when
        List<SpanFeatures.Option> offered = options("送粥活动坚持了几年？", sentence);

        // then
        assertEquals(List.of("一", "8年"), offered.stream().map(o -> text(sentence, o)).toList());
        assertFalse(offered.get(0).endsInUnit());
        assertTrue(offered.get(1).endsInUnit());
        assertEquals(0, value(offered.get(0), "digits"));
        assertEquals(1, value(offered.get(1), "digits"));
    }

    @Test
    void should_count_the_characters_after_the_last_numeral() {
        assertEquals(0, SpanFeatures.afterNumerals("1588"));
        assertEquals(1, SpanFeatures.afterNumerals("三个"));
        assertEquals(4, SpanFeatures.afterNumerals("两平方公里"));
        assertEquals(-1, SpanFeatures.afterNumerals("翌年"));
    }

    @Test
    void should_tell_an_offset_inside_a_quotation_or_title_from_one_after_it() {
        String sentence = "他说“明年再建3座”，《规划》写明2030年完成。";

        assertTrue(SpanFeatures.inQuotes(sentence, sentence.indexOf('3')));
        assertFalse(SpanFeatures.inQuotes(sentence, sentence.indexOf("2030")));
    }

    @Test
    void should_offer_nothing_when_the_sentence_holds_nothing_of_the_kind_asked() {
        assertEquals(List.of(), options("大桥由谁设计？", "大桥全长1260米。"));
    }
}
