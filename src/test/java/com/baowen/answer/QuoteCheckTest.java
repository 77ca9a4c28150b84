package com.baowen.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteCheckTest {
    private static final List<Citation> CITED = List.of(
            new Citation(1, "a", "腊八送温情", "000.txt", "这一活动，太谷区总工会已连续坚持了8年。", 211, 231, null, 0.8),
            new Citation(2, "b", "迎宾西社区", "000.txt", "社区书记说：“让快递员 喝上一碗热粥，暖在心里。”", 40, 64, null, 0.7));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a quotation the cited snippet holds stays, white space and traditional characters aside
            "书记说“让快递员喝上一碗热粥”[2]。                   | 书记说“让快递员喝上一碗热粥”[2]。",
            "書記說「讓快遞員喝上一碗熱粥」[2]。                  | 書記說「讓快遞員喝上一碗熱粥」[2]。",
            // its parts around an ellipsis each in the snippet
            "书记说“让快递员……暖在心里”[2]。                     | 书记说“让快递员……暖在心里”[2]。",
            // a quotation from another snippet than the one cited is dropped with its sentence
            "总工会说“喝上一碗热粥”[1]。活动坚持了8年[1]。         | 活动坚持了8年[1]。",
            // a quotation no snippet holds; without a mark it is checked against all snippets
            "有人说“坚持了十年”。活动坚持了8年[1]。               | 活动坚持了8年[1]。",
            "有人说“已连续坚持了8年”。                           | 有人说“已连续坚持了8年”。",
            // the end of a sentence inside a quotation does not end the sentence
            "书记说：“热粥。暖心。”[2]。活动坚持了8年[1]。         | 活动坚持了8年[1]。",
            // sentences without quotations are not this check's business
            "活动坚持了十年[1]。                                 | 活动坚持了十年[1]。",
    })
    void should_keep_only_sentences_whose_quotations_the_snippets_hold(String text, String expected) {
        assertEquals(expected, QuoteCheck.keepSupported(text, CITED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一句。[1]二句！三句[2]？     | 一句。[1]/二句！/三句[2]？",
            "他说：“好。走吧。”[1]然后 | 他说：“好。走吧。”[1]然后",
    })
    void should_cut_sentences_after_their_end_and_the_marks_that_follow(String text, String expected) {
        assertEquals(expected, String.join("/", QuoteCheck.sentences(text)));
    }
}
