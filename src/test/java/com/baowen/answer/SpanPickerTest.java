package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Choosing the highlight: the rule, and the bundled span model on made-up sentences. */
class SpanPickerTest {
    private static List<SpanFeatures.Option> options(String question, String sentence) {
        return SpanFeatures.options(Question.parse(question, List.of()), TextFold.fold(sentence), Entities.of(sentence));
    }

    private static String picked(SpanPicker picker, String question, String sentence) {
        List<SpanFeatures.Option> o = options(question, sentence);
        Entity e = o.get(picker.pick(List.of(o))[0]).entity();
        return sentence.substring(e.start(), e.end());
    }

    @Test
    void should_pick_by_rule_the_first_of_the_kind_asked_or_a_number_ending_in_the_unit_asked() {
        assertEquals("1990年", picked(SpanPicker.RULE, "该厂于哪一年获评省级先进单位称号？", "该厂于1990年建成，于2005年获评“省级先进单位”称号。"));
        assertEquals("8年", picked(SpanPicker.RULE, "送粥活动坚持了几年？", "这一活动已连续坚持了8年。"));
    }

    @Test
    void should_pick_the_date_the_questions_words_stand_around_with_the_bundled_model() {
        // given
        SpanPicker model = SpanPicker.bundled();
        assertNotNull(model.record(), "a span model is committed beside the answer ranker");

        // when / then: the rule would show the first date
        assertEquals("2005年", picked(model, "该厂于哪一年获评省级先进单位称号？", "该厂于1990年建成，于2005年获评“省级先进单位”称号。"));
        assertEquals("王立新", picked(model, "新大桥由谁设计？", "工程由李华负责施工，新大桥由王立新设计，2019年通车。"));
    }

    @Test
    void should_say_none_for_a_sentence_without_options_and_take_a_single_one_as_it_is() {
        List<SpanFeatures.Option> one = options("大桥全长多少米？", "大桥全长1260米。");
        assertEquals(1, one.size());

        assertArrayEquals(new int[]{-1, 0}, SpanPicker.bundled().pick(List.of(List.of(), one)));
        assertArrayEquals(new int[]{-1, 0}, SpanPicker.RULE.pick(List.of(List.of(), one)));
    }
}
