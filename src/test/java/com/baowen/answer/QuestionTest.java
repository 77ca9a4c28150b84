package com.baowen.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "大桥全长多少米？, NUMBER, 米",
            "面粉厂有几名技术人员？, NUMBER, 名",
            "产量比去年增长了多大比例？, NUMBER, %",
            "大桥总投资多少亿元？, NUMBER, 元",
            "展馆面积是多少万平方米？, NUMBER, 平方米",
            "这本书共多少万字？, NUMBER, 字",
            "门票多少钱？, NUMBER, 元",
            "这几年全县共建成多少座大桥？, NUMBER, 座",
            "该所是全国第几大研究所？, NUMBER, ",
            "有多少人参加了培训？, NUMBER, 人",
            "合作社一共种了几亩苹果？, NUMBER, 亩",
            "大桥投入了多少资金？, NUMBER, ",
            "小镇有多少常住人口？, NUMBER, ",
            "全县有多少水来自水库？, NUMBER, ",
            "成本几近于零的是哪一种方法？, NUMBER, ",
            "在过去的几百年里，这座城市换过什么名字？, NUMBER, ",
            "男女生的比例是多少？, NUMBER, %",
            "出口比例最高的是什么产品？, OTHER, ",
            "价格最低的是哪一种菜？, OTHER, ",
            "今年鸡蛋的价格？, NUMBER, ",
            "该官员的级别是几品？, NUMBER, 品",
            "大桥哪一年通车？, DATE, ",
            "送粥活动坚持了几年？, NUMBER, 年",
            "大桥于西元幾年通車？, DATE, ",
            "县城是在民國幾年時設立的？, DATE, ",
            "大桥是几年的时候通车的？, DATE, ",
            "志愿者报名什么时候截止？, DATE, ",
            "谁介绍了大桥的通行时间？, PERSON, ",
            "哪位厂长谈到了新生产线？, PERSON, ",
            "大桥是由哪一個人設計的？, PERSON, ",
            "哪一个皇帝下令修了大桥？, PERSON, ",
            "大桥是在哪一个世纪建成的？, OTHER, ",
            "大桥在哪个城市？, PLACE, ",
            "大桥在哪？, PLACE, ",
            "哪一个人口最多的县修了大桥？, OTHER, ",
            "苹果销往哪些城市？, PLACE, ",
            "大桥由哪个单位设计？, PLACE, ",
            "大桥由哪一个单位设计？, PLACE, ",
            "哪一座城市人口最多？, PLACE, ",
            "志愿者主要负责什么工作？, OTHER, ",
            "那位党支部书记叫什么？, PERSON, ",
            "这本书的作者叫什么名字？, PERSON, ",
            "那座新建的机场叫什么？, OTHER, ",
    })
    void should_tell_what_a_question_asks_for(String question, QuestionType type, String unit) {
        // when
        Question q = Question.parse(question, List.of());

        // then
        assertEquals(type, q.type());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "大桥为什么推迟通车？, true",
            "為什麼大橋推遲通車？, true",
            "村里是怎样解决销路问题的？, true",
            "合作社如何带动农户增收？, true",
            "苹果销往哪些城市？, true",
            "活动有哪几项内容？, true",
            "大桥建成有什么意义？, true",
            "什么是冻干技术？, true",
            "大桥全长多少米？, false",
            "大桥哪一年通车？, false",
            "谁介绍了大桥的通行时间？, false",
            "志愿者主要负责什么工作？, false",
    })
    void should_tell_a_question_that_asks_for_a_reason_a_way_a_list_or_a_definition(String question, boolean passage) {
        // when
        Question q = Question.parse(question, List.of());

        // then
        assertEquals(passage, QuestionType.asksForPassage(q.folded()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"论坛是第几届？, 届", "该市人口居全国第幾位？, 位", "大桥排名第几？, ''", "大桥有几座？,", "大桥是哪一年建成的？,"})
    void should_tell_what_a_question_asks_the_place_in_an_order_of(String question, String unit) {
        assertEquals(unit, QuestionType.ordinalAsked(Question.parse(question, List.of()).folded()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"学界将哪部作品看作第一部地方志小说？, true", "他在哪本書裡寫到了青山？, true", "她主持什么节目？, true",
            "会议印发了什么文件？, true", "大桥的哪部分最先完工？, false", "大桥是哪一年建成的？, false"})
    void should_tell_a_question_that_asks_a_work_by_its_title(String question, boolean title) {
        assertEquals(title, QuestionType.asksTitle(Question.parse(question, List.of()).folded()));
    }

    @Test
    void should_fold_a_traditional_question_to_the_simplified_one() {
        // given
        Question traditional = Question.parse("青石縣跨河大橋總投資多少錢？", List.of());
        Question simplified = Question.parse("青石县跨河大桥总投资多少钱？", List.of());

        // then
        assertEquals(simplified.folded(), traditional.folded());
        assertEquals(simplified.terms(), traditional.terms());
        assertEquals(QuestionType.NUMBER, traditional.type());
    }

    @Test
    void should_take_whole_words_of_the_index_analyzer_as_key_terms_without_question_words() {
        // when
        List<String> terms = Question.parse("松原镇面粉厂加工了多少吨小麦？", List.of()).terms().stream().map(Term::text).toList();

        // then
        assertTrue(terms.contains("小麦"), terms.toString());
        assertTrue(terms.contains("加工"), terms.toString());
        assertFalse(terms.stream().anyMatch(t -> t.contains("多少")), terms.toString());
        assertTrue(terms.stream().allMatch(t -> t.length() >= 2), terms.toString());
    }

    @Test
    void should_carry_the_previous_question_into_a_follow_up() {
        // given
        List<Turn> history = List.of(
                new Turn("user", "青石县跨河大桥全长多少米？"),
                new Turn("assistant", "大桥全长1260米。[1]"));

        // when
        Question q = Question.parse("那它投资了多少钱？", history);

        // then
        assertEquals("青石县跨河大桥全长多少米？ 那它投资了多少钱？", q.retrievalQuery());
        assertEquals(new Term("投资", 1.0), q.terms().get(0));
        assertTrue(q.terms().stream().anyMatch(t -> t.boost() == 0.5), q.terms().toString());
    }

    @Test
    void should_not_treat_a_self_contained_question_as_a_follow_up() {
        // given
        List<Turn> history = List.of(new Turn("user", "青石县跨河大桥全长多少米？"));

        // when
        Question q = Question.parse("松原镇面粉厂现有多少名职工？", history);

        // then
        assertEquals("松原镇面粉厂现有多少名职工？", q.retrievalQuery());
        assertTrue(q.terms().stream().allMatch(t -> t.boost() == 1.0), q.terms().toString());
    }

    @Test
    void should_take_the_persons_and_places_a_question_names() {
        // when
        List<String> names = Question.parse("韩立群说河湾村的苹果销往广州了吗？", List.of()).names();

        // then
        assertTrue(names.contains("韩立群"), names.toString());
        assertTrue(names.contains("广州"), names.toString());
    }

    @Test
    void should_read_an_absolute_period_and_resolve_a_relative_one_against_the_article_date() {
        // given
        Question absolute = Question.parse("2024年面粉厂加工了多少小麦？", List.of());
        Question relative = Question.parse("今年面粉厂加工了多少小麦？", List.of());

        // then
        assertEquals(LocalDate.of(2024, 1, 1), absolute.period().from());
        assertNull(relative.period());
        assertEquals(LocalDate.of(2023, 12, 31), relative.periodFor(LocalDate.of(2023, 5, 2)).to());
    }

    @Test
    void should_cap_the_retrieval_query_of_a_follow_up_by_dropping_the_oldest_context() {
        // given: a previous question of 2,000 characters with an emoji in it
        String previous = "😀" + "左权县核桃产业示范基地能带来多少分红？".repeat(105);
        List<Turn> history = List.of(new Turn("user", previous), new Turn("assistant", "每年分红。"));

        // when
        Question q = Question.parse("那它投资了多少钱？", history);

        // then: the whole follow-up, after the newest 1,990 characters of the previous question
        String query = q.retrievalQuery();
        assertEquals(2000, query.codePointCount(0, query.length()));
        assertTrue(query.endsWith("分红？ 那它投资了多少钱？"), query.substring(query.length() - 20));
        assertFalse(query.contains("😀"));
    }
}
