package com.baowen.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
            "县长周明远介绍了大桥的情况。|周明远|PERSON",
            "苹果销往广州、上海等地。|广州|PLACE",
            "大桥全长1260米，总投资3.5亿元。|3.5亿元|NUMBER",
            "该厂现有职工86名。|86名|NUMBER",
            "大桥于2025年4月19日正式通车。|2025年4月19日|DATE",
    })
    void should_find_entities_of_each_kind(String sentence, String entity, Entity.Kind kind) {
        // when
        List<Entity> entities = Entities.of(sentence);

        // then
        assertTrue(entities.stream().anyMatch(e -> e.kind() == kind && e.text().equals(entity)), entities.toString());
    }

    @ParameterizedTest(name = "no name in {0}")
    @CsvSource({
            "门票多少钱？",
            "大桥投入了多少资金？",
            "道路用什么方式清洁？",
            "门票多少钱！",
    })
    void should_not_take_the_last_word_and_its_question_mark_for_a_name(String question) {
        // when
        List<Entity> entities = Entities.of(question);

        // then
        assertTrue(entities.stream().noneMatch(e -> e.kind() == Entity.Kind.PERSON || e.kind() == Entity.Kind.ORGANISATION
                || e.kind() == Entity.Kind.PLACE), entities.toString());
    }

    @Test
    void should_give_offsets_in_the_text_as_written_for_traditional_text() {
        // given
        String sentence = "縣長周明遠說，大橋總投資3.5億元。";

        // when
        List<Entity> entities = Entities.of(sentence);

        // then
        Entity money = entities.stream().filter(e -> e.kind() == Entity.Kind.NUMBER).findFirst().orElseThrow();
        assertEquals("3.5億元", sentence.substring(money.start(), money.end()));
        assertEquals(money.text(), sentence.substring(money.start(), money.end()));
    }
}
