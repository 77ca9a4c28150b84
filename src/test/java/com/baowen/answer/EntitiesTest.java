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
            "北京十一学校的学生获奖。|十一学校|ORGANISATION",
            "苹果销往广州、上海等地。|广州|PLACE",
            "大桥全长1260米，总投资3.5亿元。|3.5亿元|NUMBER",
            "该厂现有职工86名。|86名|NUMBER",
            "大桥于2025年4月19日正式通车。|2025年4月19日|DATE",
            "全县新增病例2859例。|2859例|NUMBER",
            "约150人出席了开幕式。|150人|NUMBER",
            "全年累计开行3215列。|3215列|NUMBER",
            "失业率为5.2%。|5.2%|NUMBER",
            "价格约为6500日元。|6500日元|NUMBER",
            "已有30多人报名。|30多人|NUMBER",
            "厂里有60余人。|60余人|NUMBER",
            "目前已有126家中央单位开展了巡视。|126家|NUMBER",
            "村民在院里支起30口大铁锅。|30口|NUMBER",
            "这种草全长只有3cm左右。|3cm|NUMBER",
            "两地相距45 km。|45 km|NUMBER",
            "新区面积12km²。|12km²|NUMBER",
            "每箱重2.5kg。|2.5kg|NUMBER",
    })
    void should_find_entities_of_each_kind(String sentence, String entity, Entity.Kind kind) {
        // when
        List<Entity> entities = Entities.of(sentence);

        // then
        assertTrue(entities.stream().anyMatch(e -> e.kind() == kind && e.text().equals(entity)), entities.toString());
    }

    @Test
    void should_read_the_whole_sentence_where_the_segmenter_drops_its_start() {
        // given: HanLP, joining numbers to quantifiers while it recognises names, returns this sentence from "元" on
        String sentence = "青山县投资3600万元，在李家镇建设新厂。";

        // when
        List<Entity> numbers = Entities.numbersAndDates(sentence);
        List<Entity> all = Entities.of(sentence);

        // then: the sum is read, with its offsets, by both
        Entity sum = new Entity(Entity.Kind.NUMBER, 5, 11, "3600万元");
        assertTrue(numbers.contains(sum), numbers.toString());
        assertTrue(all.contains(sum), all.toString());
    }

    @Test
    void should_not_take_a_word_between_two_numbers_for_a_quantifier() {
        // when
        List<Entity> entities = Entities.of("每户可领3到5个。");

        // then
        assertTrue(entities.stream().noneMatch(e -> e.text().contains("到")), entities.toString());
        assertTrue(entities.stream().anyMatch(e -> e.text().equals("5个")), entities.toString());
    }

    @ParameterizedTest(name = "{1} ({0}) in {2}: {3}")
    @CsvSource({
            "NUMBER, 150人, 人, true",
            "NUMBER, 2位, 人, true",
            "NUMBER, 7天, 日, true",
            "NUMBER, 2.6亿, 个, true",
            "NUMBER, 3cm, 厘米, true",
            "NUMBER, 3公分, 厘米, true",
            "NUMBER, 45 km, 公里, true",
            "NUMBER, 12km², 平方公里, true",
            "NUMBER, 2.5kg, 公斤, true",
            "NUMBER, 3mm, 厘米, false",
            "NUMBER, 2.5kg, 克, false",
            "NUMBER, 三分之一, %, true",
            "NUMBER, 四成, %, true",
            "DATE, 二十年, 年, true",
            "NUMBER, 3000例, 人, false",
            "NUMBER, 388米, 元, false",
            "DATE, 2023年, 个, false",
            "PERSON, 张三, 人, false",
    })
    void should_tell_whether_a_number_is_in_the_unit_asked(Entity.Kind kind, String number, String unit, boolean in) {
        assertEquals(in, Entities.inUnit(kind, number, unit));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"青山电池有限公司负责人表示。|true", "村党支部书记王建华说。|true",
            "新厂房将于五月投产。|false", "他说：“订单翻了一番。”|false"})
    void should_tell_a_sentence_that_says_who_spoke(String sentence, boolean attributes) {
        assertEquals(attributes, Entities.attributesSpeech(sentence));
    }

    @ParameterizedTest(name = "{0} in {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "申请人须在本市住满五年。|年|须住满多少年？|true",
            "全校男女生比例约为2：3。|%|男女生比例是多少？|true",
            "男女之比为三比二。|%|男女比例是多少？|true",
            "2010年全市装机增长了一倍。|年|2010年风电装机有多少年的历史？|false",
            "全市装机增长了一倍。|年|风电有多少年的历史？|false",
            "全省人口约2600万。|人|全省有多少人？|true",
            "展会的参观人次达50多万。|元|展会的销售额是多少亿元？|false",
            "展会销售2600万，参观人次达50多万。|人|展会有多少人参观？|true",
            "展会销售2600万。|人|展会有多少人参观？|false",
    })
    void should_find_a_number_in_the_unit_asked_that_no_entity_holds(String sentence, String unit, String question, boolean says) {
        assertEquals(says, Entities.saysInUnit(sentence, unit, question));
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
