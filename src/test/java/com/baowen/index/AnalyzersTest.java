package com.baowen.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzersTest {

    @Test
    void should_fold_traditional_characters_to_the_simplified_words() {
        // given
        var words = Analyzers.words();

        // when
        List<String> traditional = TextAnalysis.terms(words, IndexFields.TEXT_WORDS, "太谷區總工會送臘八粥");
        List<String> simplified = TextAnalysis.terms(words, IndexFields.TEXT_WORDS, "太谷区总工会送腊八粥");

        // then
        assertEquals(simplified, traditional);
    }

    @Test
    void should_cut_han_text_into_overlapping_bigrams() {
        assertEquals(List.of("腊八", "八粥"), TextAnalysis.terms(Analyzers.bigrams(), IndexFields.TEXT_BIGRAMS, "腊八粥"));
    }

    @Test
    void should_drop_punctuation_from_words() {
        // the segmenter does not know the place name 麻田镇: the bigram field still matches 麻田, 田镇
        assertEquals(List.of("麻", "田", "镇", "种", "了", "多少", "亩", "核桃"),
                TextAnalysis.terms(Analyzers.words(), IndexFields.TEXT_WORDS, "麻田镇种了多少亩核桃？"));
    }
}
