package com.baowen.answer;

import com.baowen.retrieve.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Composing answers from sentences the ranker has scored (made-up sentences and probabilities). */
class AnswerComposerTest {
    private static final String ARTICLE = "大桥于2025年4月19日通车。大桥全长1260米。\n桥面宽30米。总投资3.5亿元。";
    private static final List<String> SENTENCES = List.of("大桥于2025年4月19日通车。", "大桥全长1260米。", "桥面宽30米。", "总投资3.5亿元。");
    private final AnswerComposer composer = composer(2, null);
    private final Question question = Question.parse("大桥全长多少米？", List.of());

    @Test
    void should_answer_with_the_best_sentence_and_highlight_its_entity() {
        // when
        Answer answer = composer.compose(question, answered(scored("大桥全长1260米。", 0.9, "1260米"), scored("总投资3.5亿元。", 0.2, null)));

        // then
        assertEquals("大桥全长1260米。[1]", answer.answer());
        Citation c = answer.citations().get(0);
        assertEquals(c.snippet(), ARTICLE.substring(c.start(), c.end()));
        assertArrayEquals(new int[]{ARTICLE.indexOf("1260米"), ARTICLE.indexOf("1260米") + 5}, c.highlight());
    }

    @Test
    void should_answer_a_question_asking_for_a_passage_with_the_neighbour_of_its_best_sentence_by_its_own_picking() {
        // given: the passage picking takes a neighbour down to 0.01 at 0.05 of the best; others need the 0.3 bar
        AnswerComposer passages = composer(3, new Tuning.Picking(0.9, 0.05, 0.01, "test"));
        Evidence evidence = answered(scored("大桥于2025年4月19日通车。", 0.8, null), scored("总投资3.5亿元。", 0.4, null),
                scored("大桥全长1260米。", 0.1, null));

        // when
        Answer why = passages.compose(Question.parse("大桥为什么这样设计？", List.of()), evidence);
        Answer howLong = passages.compose(question, evidence);

        // then: the neighbour (0.1) joins the passage, the other sentence (0.4 < 0.9 × 0.8) does not; the number
        // question takes the other sentence (0.4 = 0.5 × 0.8, over the 0.3 bar) and not the neighbour (under the bar)
        assertEquals("大桥于2025年4月19日通车。大桥全长1260米。[1]", why.answer());
        assertEquals("大桥于2025年4月19日通车。[1]总投资3.5亿元。[2]", howLong.answer());
    }

    @Test
    void should_not_answer_a_question_asking_for_a_unit_with_sentences_that_hold_no_number_in_it() {
        // given: "多少米" asked; the likely sentence reports the topic with no length, the one with a length is unlikely
        Evidence evidence = answered(new Scored(scored("大桥于2025年4月19日通车。", 0.9, null).candidate(), 0.5, 0.7, null, 0.9, false),
                new Scored(scored("桥面宽30米。", 0.01, "30米").candidate(), 0.5, 0.7, null, 0.01, true));

        // when
        Answer answer = composer.compose(question, evidence);

        // then
        assertTrue(answer.noAnswer(), answer.answer());
    }

    @Test
    void should_not_answer_for_a_year_an_undated_page_gives_only_other_years_of() {
        // given: an undated page gives 2025's opening; the question asks about 2026, then 2025 and a month of it
        Evidence evidence = answered(scored("大桥于2025年4月19日通车。", 0.9, null), scored("桥面宽30米。", 0.01, null));

        // when
        Answer later = composer.compose(Question.parse("大桥2026年的通车日期是哪天？", List.of()), evidence);
        Answer same = composer.compose(Question.parse("大桥2025年的通车日期是哪天？", List.of()), evidence);
        Answer month = composer.compose(Question.parse("2025年3月开工的大桥哪天通车？", List.of()), evidence);

        // then: another year only is "not found", saying which year the page is about; the same year, at any finer
        // date, answers
        assertTrue(later.noAnswer(), later.answer());
        assertTrue(later.answer().contains("最相关的文章讲的是2025年的情况，不是所问的时期。"), later.answer());
        assertEquals("bridge", later.citations().get(0).articleId());
        assertEquals("大桥于2025年4月19日通车。[1]", same.answer());
        assertEquals("大桥于2025年4月19日通车。[1]", month.answer());
    }

    @Test
    void should_answer_for_a_year_with_a_sentence_naming_no_year_or_from_a_dated_article() {
        // given: the likely sentence names no year; a dated article's sentences were filtered by period before
        Question asked = Question.parse("2026年大桥全长多少米？", List.of());
        Evidence undated = answered(scored("大桥全长1260米。", 0.9, null));
        Candidate c = scored("大桥于2025年4月19日通车。", 0.9, null).candidate();
        Candidate dated = new Candidate(c.articleId(), c.title(), c.source(), 0, LocalDate.of(2026, 1, 5), c.index(),
                c.count(), c.start(), c.end(), c.text(), null, "", "", ARTICLE);

        // when / then
        assertEquals("大桥全长1260米。[1]", composer.compose(asked, undated).answer());
        assertTrue(AnswerComposer.fitsPeriod(DateExpressions.periods("2026年", null), dated));
        assertTrue(!AnswerComposer.fitsPeriod(DateExpressions.periods("2026年", null), c));
    }

    @Test
    void should_not_answer_a_question_asking_a_year_with_sentences_that_name_none() {
        // given: the likely sentence gives the length, not the year it was built; a later question names the year itself
        Evidence evidence = answered(scored("大桥全长1260米。", 0.9, null), scored("桥面宽30米。", 0.01, null));
        Evidence dated = answered(scored("大桥于2025年4月19日通车。", 0.9, null));

        // when
        Answer built = composer.compose(Question.parse("大桥是哪一年建成的？", List.of()), evidence);
        Answer opened = composer.compose(Question.parse("大桥于哪一年通车？", List.of()), dated);
        Answer same = composer.compose(Question.parse("2025年4月通车的大桥是哪一年的工程？", List.of()), dated);

        // then: no year is "not found"; a year answers, the question's own too (it may be the one asked)
        assertTrue(built.noAnswer(), built.answer());
        assertEquals("大桥于2025年4月19日通车。[1]", opened.answer());
        assertEquals("大桥于2025年4月19日通车。[1]", same.answer());
    }

    @ParameterizedTest
    @CsvSource({"始建于1998年,true", "一九九八年落成,true", "民国元年设立,true", "建炎二年接任,true", "次年通车,true",
            "同年完工,true", "发布《年度报告2022》,true", "2022-23赛季,true", "全长1260米,false", "4月19日通车,false",
            "增长12.5%,false"})
    void should_find_a_year_as_it_is_written(String sentence, boolean year) {
        assertEquals(year, AnswerComposer.givesYear(sentence));
    }

    @Test
    void should_not_answer_a_question_asking_a_place_in_an_order_with_sentences_that_give_none() {
        // given: the likely sentence gives the length, not which of the province's bridges this is
        Evidence evidence = answered(scored("大桥全长1260米。", 0.9, null), scored("桥面宽30米。", 0.01, null));
        String article = "大桥是全省第3座跨江大桥。大桥全长1260米。";
        List<String> sentences = List.of("大桥是全省第3座跨江大桥。", "大桥全长1260米。");

        // when
        Answer none = composer.compose(Question.parse("大桥是全省第几座跨江大桥？", List.of()), evidence);
        Answer given = composer.compose(Question.parse("大桥是全省第几座跨江大桥？", List.of()),
                answered(scoredIn(article, sentences, 0, 0.9, null)));

        // then
        assertTrue(none.noAnswer(), none.answer());
        assertEquals("大桥是全省第3座跨江大桥。[1]", given.answer());
    }

    @Test
    void should_take_the_sentences_up_to_the_year_when_the_answer_names_it_only_as_the_same_year() {
        // given: the likely sentence says 同年; the year is two sentences up
        String article = "2026年3月，青山大桥开工。11月，桥面合龙。同年12月31日，大桥通车。";
        List<String> sentences = List.of("2026年3月，青山大桥开工。", "11月，桥面合龙。", "同年12月31日，大桥通车。");
        Evidence evidence = answered(scoredIn(article, sentences, 2, 0.9, null), scoredIn(article, sentences, 1, 0.001, null),
                scoredIn(article, sentences, 0, 0.0005, null));
        Evidence named = answered(scoredIn(article, sentences, 0, 0.9, null), scoredIn(article, sentences, 2, 0.001, null));

        AnswerComposer three = composer(3, null);

        // when
        Answer year = three.compose(Question.parse("青山大桥是哪一年通车的？", List.of()), evidence);
        Answer two = composer.compose(Question.parse("青山大桥是哪一年通车的？", List.of()), evidence);
        Answer other = three.compose(Question.parse("青山大桥通车那天怎么庆祝的？", List.of()), evidence);
        Answer started = three.compose(Question.parse("青山大桥是哪一年开工的？", List.of()), named);

        // then: asked the year, the answer reads from the sentence naming it (not when an answer of two sentences
        // cannot reach it); asked nothing of a year, or answered by the sentence naming it, it does not
        assertEquals(article + "[1]", year.answer());
        assertEquals("同年12月31日，大桥通车。[1]", two.answer());
        assertEquals("同年12月31日，大桥通车。[1]", other.answer());
        assertEquals("2026年3月，青山大桥开工。[1]", started.answer());
    }

    @Test
    void should_take_the_sentence_before_when_the_answer_names_the_thing_asked_only_as_it() {
        // given: the likely sentence calls the rice 它; the one before names it
        String article = "青山县今年推广新稻种青禾一号。它的亩产比老品种高两成。";
        List<String> sentences = List.of("青山县今年推广新稻种青禾一号。", "它的亩产比老品种高两成。");
        Evidence evidence = answered(scoredIn(article, sentences, 1, 0.9, null), scoredIn(article, sentences, 0, 0.001, null));

        // when
        Answer which = composer.compose(Question.parse("哪一种稻种的亩产比老品种高两成？", List.of()), evidence);

        // then
        assertEquals(article + "[1]", which.answer());
        assertTrue(Entities.refersToSomething("它的亩产比老品种高两成。"));
        assertTrue(!Entities.refersToSomething("其他品种的亩产没有变化。"));
    }

    @Test
    void should_take_the_sentence_before_when_the_answer_points_back_to_what_it_means() {
        // given: the likely sentence says only "this background" and "that rice"; the one before says which
        String article = "去年青山县遭遇旱灾，稻田减产三成。在此背景下，县里推广了耐旱的新稻种。";
        List<String> sentences = List.of("去年青山县遭遇旱灾，稻田减产三成。", "在此背景下，县里推广了耐旱的新稻种。");
        Evidence evidence = answered(scoredIn(article, sentences, 1, 0.9, null), scoredIn(article, sentences, 0, 0.001, null));

        // when
        Answer why = composer.compose(Question.parse("县里推广耐旱新稻种的背景是什么？", List.of()), evidence);

        // then
        assertEquals(article + "[1]", why.answer());
        assertTrue(Entities.pointsBack("该稻种的亩产比老品种高两成。"));
        assertTrue(Entities.pointsBack("在此背景下，县里推广了耐旱的新稻种。"));
        assertTrue(!Entities.pointsBack("县里推广了耐旱的新稻种，这是第一次。"));
    }

    @Test
    void should_not_let_the_sentence_joined_for_what_the_answer_means_fit_a_year_the_page_does_not_give() {
        // given: an undated page; the likely sentence gives 2025's yield of "this rice", the one before names the rice
        String article = "青山县推广新稻种青禾一号。该稻种2025年亩产达到650公斤。";
        List<String> sentences = List.of("青山县推广新稻种青禾一号。", "该稻种2025年亩产达到650公斤。");
        Evidence evidence = answered(scoredIn(article, sentences, 1, 0.9, null), scoredIn(article, sentences, 0, 0.001, null));

        // when
        Answer later = composer.compose(Question.parse("2026年哪一种稻种亩产达到650公斤？", List.of()), evidence);
        Answer same = composer.compose(Question.parse("2025年哪一种稻种亩产达到650公斤？", List.of()), evidence);

        // then: the sentence naming the rice and no year does not make 2025's figure answer for 2026
        assertTrue(later.noAnswer(), later.answer());
        assertEquals(article + "[1]", same.answer());
    }

    @Test
    void should_take_the_sentence_giving_the_title_when_the_answer_names_the_work_asked_only_as_it() {
        // given: the likely sentence calls the novel 它; the one before gives its title
        String article = "青山出版社去年出版了《山河记》。学界将它看作第一部地方志小说。";
        List<String> sentences = List.of("青山出版社去年出版了《山河记》。", "学界将它看作第一部地方志小说。");
        Evidence evidence = answered(scoredIn(article, sentences, 1, 0.9, null), scoredIn(article, sentences, 0, 0.001, null));

        // when
        Answer work = composer.compose(Question.parse("学界将哪部作品看作第一部地方志小说？", List.of()), evidence);
        Answer where = composer.compose(Question.parse("学界在哪里这样看这部小说？", List.of()), evidence);

        // then
        assertEquals(article + "[1]", work.answer());
        assertEquals("学界将它看作第一部地方志小说。[1]", where.answer());
        assertTrue(AnswerComposer.givesTitle("出版了《山河记》。", "哪部作品？"));
        assertTrue(!AnswerComposer.givesTitle("《山河记》再版。", "《山河记》是哪部作品的续集？"));
    }

    @Test
    void should_not_answer_a_question_asking_a_sum_of_money_with_sentences_that_give_none() {
        // given: the likely sentence gives the bridge's length, not how much it cost
        Evidence evidence = answered(scored("大桥全长1260米。", 0.9, null), scored("桥面宽30米。", 0.01, null));
        Evidence given = answered(scored("总投资3.5亿元。", 0.9, null));

        // when
        Answer none = composer.compose(Question.parse("大桥的总投资是多少？", List.of()), evidence);
        Answer sum = composer.compose(Question.parse("大桥的总投资是多少？", List.of()), given);
        Answer length = composer.compose(Question.parse("大桥全长是多少？", List.of()), evidence);

        // then: no sum is "not found"; a sum answers; a question asking no money is answered by the length
        assertTrue(none.noAnswer(), none.answer());
        assertEquals("总投资3.5亿元。[1]", sum.answer());
        assertTrue(!length.noAnswer(), length.answer());
    }

    @ParameterizedTest
    @CsvSource({"居全国第5位,位,true", "这是第十一届,'',true", "居全国12位,位,true", "印发了88号文件,号,true",
            "首届论坛在京举行,届,true", "论坛在京举行,届,false", "论坛已举办5年,届,false", "共有3座大桥,'',false"})
    void should_find_a_place_in_an_order_as_it_is_written(String sentence, String unit, boolean given) {
        assertEquals(given, AnswerComposer.givesOrdinal(sentence, unit));
    }

    @Test
    void should_name_a_few_years_each_and_many_as_a_span() {
        assertEquals("2023年", AnswerComposer.years(List.of(2023)));
        assertEquals("2021年、2022年、2023年", AnswerComposer.years(List.of(2021, 2022, 2023)));
        assertEquals("2019年至2023年", AnswerComposer.years(List.of(2019, 2020, 2021, 2023)));
    }

    @Test
    void should_join_a_sentence_nearly_as_likely_up_to_the_most_sentences() {
        // when: the second (0.5 >= 0.5 × 0.8) joins; the third would too, but two is the most
        Answer answer = composer.compose(question, answered(scored("大桥全长1260米。", 0.8, null),
                scored("总投资3.5亿元。", 0.5, null), scored("大桥于2025年4月19日通车。", 0.45, null)));

        // then: not next to each other, so two citations
        assertEquals("大桥全长1260米。[1]总投资3.5亿元。[2]", answer.answer());
    }

    @Test
    void should_join_the_next_sentence_at_the_lower_adjacent_ratio_and_cite_both_as_one_passage() {
        // given: the next sentence is under the join bar (0.35 < 0.5 × 0.8) but over the adjacent one (0.25 × 0.8)
        List<Scored> scored = List.of(scored("大桥全长1260米。", 0.8, "1260米"), scored("总投资3.5亿元。", 0.36, null),
                scored("桥面宽30米。", 0.35, null));

        // when
        Answer answer = composer.compose(question, new Evidence(scored, true));

        // then: one passage in text order, its snippet verbatim from the first sentence to the last (line break kept)
        assertEquals("大桥全长1260米。桥面宽30米。[1]", answer.answer());
        assertEquals(1, answer.citations().size());
        Citation c = answer.citations().get(0);
        assertEquals("大桥全长1260米。\n桥面宽30米。", c.snippet());
        assertEquals(c.snippet(), ARTICLE.substring(c.start(), c.end()));
        assertArrayEquals(new int[]{ARTICLE.indexOf("1260米"), ARTICLE.indexOf("1260米") + 5}, c.highlight());
        assertEquals(0.8, c.score());
    }

    @Test
    void should_put_a_joined_previous_sentence_before_the_best_one() {
        // when
        Answer answer = composer.compose(question, answered(scored("桥面宽30米。", 0.9, null), scored("大桥全长1260米。", 0.31, null)));

        // then
        assertEquals("大桥全长1260米。桥面宽30米。[1]", answer.answer());
        assertEquals(ARTICLE.indexOf("大桥全长"), answer.citations().get(0).start());
    }

    @Test
    void should_name_whom_a_pronoun_of_the_best_sentence_refers_to_when_the_question_asks_who() {
        // given: the sentence that answers names the artist only as 她; the one before names her, unlikely on its own
        String article = "本土艺人李秀兰做了三十年剪纸。如今，她在网上开课教剪纸。课程已有两千人报名。";
        List<String> sentences = List.of("本土艺人李秀兰做了三十年剪纸。", "如今，她在网上开课教剪纸。", "课程已有两千人报名。");
        Evidence evidence = answered(scoredIn(article, sentences, 1, 0.8, null), scoredIn(article, sentences, 2, 0.05, null),
                scoredIn(article, sentences, 0, 0.01, "李秀兰"));

        // when
        Answer who = composer.compose(Question.parse("在网上开课教剪纸的艺人是谁？", List.of()), evidence);
        Answer what = composer.compose(Question.parse("她在网上开课教什么？", List.of()), evidence);

        // then: who asked, the sentence before joins under the bar and the two read as one passage; what asked, it does not
        assertEquals("本土艺人李秀兰做了三十年剪纸。如今，她在网上开课教剪纸。[1]", who.answer());
        assertEquals("如今，她在网上开课教剪纸。[1]", what.answer());
    }

    @Test
    void should_not_join_the_sentence_before_when_the_best_one_names_someone_or_refers_to_nobody() {
        // given: 其中 and 尤其 hold 其 but refer to no one
        String article = "李秀兰做了三十年剪纸。王建华在网上开课，尤其教剪纸。";
        List<String> sentences = List.of("李秀兰做了三十年剪纸。", "王建华在网上开课，尤其教剪纸。");
        String other = "李秀兰做了三十年剪纸。网上课程尤其是剪纸课，其中一门已有两千人报名。";
        List<String> others = List.of("李秀兰做了三十年剪纸。", "网上课程尤其是剪纸课，其中一门已有两千人报名。");
        Question who = Question.parse("在网上开课教剪纸的是谁？", List.of());

        // when
        Answer named = composer.compose(who, answered(scoredIn(article, sentences, 1, 0.8, "王建华"),
                scoredIn(article, sentences, 0, 0.01, "李秀兰")));
        Answer nobody = composer.compose(who, answered(scoredIn(other, others, 1, 0.8, null),
                scoredIn(other, others, 0, 0.01, "李秀兰")));

        // then
        assertEquals("王建华在网上开课，尤其教剪纸。[1]", named.answer());
        assertEquals("网上课程尤其是剪纸课，其中一门已有两千人报名。[1]", nobody.answer());
    }

    @Test
    void should_name_the_organisation_the_best_sentence_calls_by_its_kind_when_the_question_asks_which() {
        // given: the answering sentence calls the company 公司; the sentence before names it in full
        String article = "青山电池有限公司去年在本市落户。公司今年在城南建成了一座新工厂。工厂已招工三百人。";
        List<String> sentences = List.of("青山电池有限公司去年在本市落户。", "公司今年在城南建成了一座新工厂。", "工厂已招工三百人。");
        String plain = "去年本市引进了一批企业。公司今年在城南建成了一座新工厂。工厂已招工三百人。";
        List<String> plains = List.of("去年本市引进了一批企业。", "公司今年在城南建成了一座新工厂。", "工厂已招工三百人。");
        Question which = Question.parse("哪家企业在城南建成了新工厂？", List.of());

        // when
        Answer named = composer.compose(which, answered(scoredIn(article, sentences, 1, 0.8, null),
                scoredIn(article, sentences, 0, 0.01, "青山电池有限公司")));
        Answer unnamed = composer.compose(which, answered(scoredIn(plain, plains, 1, 0.8, null),
                scoredIn(plain, plains, 0, 0.01, null)));

        // then: the sentence before joins only when it names the organisation
        assertEquals("青山电池有限公司去年在本市落户。公司今年在城南建成了一座新工厂。[1]", named.answer());
        assertEquals("公司今年在城南建成了一座新工厂。[1]", unnamed.answer());
    }

    @Test
    void should_name_who_spoke_a_quoted_remark_when_the_question_asks_which_organisation() {
        // given: the answering sentence is a remark; the sentence after it says whose
        String article = "“今年一季度我们的订单翻了一番。”青山电池有限公司负责人表示。新厂房将于五月投产。";
        List<String> sentences = List.of("“今年一季度我们的订单翻了一番。”", "青山电池有限公司负责人表示。", "新厂房将于五月投产。");
        Evidence evidence = answered(scoredIn(article, sentences, 0, 0.8, null), scoredIn(article, sentences, 2, 0.05, null),
                scoredIn(article, sentences, 1, 0.01, "青山电池有限公司"));

        // when
        Answer which = composer.compose(Question.parse("哪家企业说一季度订单翻了一番？", List.of()), evidence);
        Answer how = composer.compose(Question.parse("一季度订单增加了多少？", List.of()), evidence);

        // then: the attribution joins the remark for "which"; a question of another kind takes the remark alone
        assertEquals("“今年一季度我们的订单翻了一番。”青山电池有限公司负责人表示。[1]", which.answer());
        assertEquals("“今年一季度我们的订单翻了一番。”[1]", how.answer());
    }

    @Test
    void should_take_the_sentence_that_gives_the_end_when_the_question_asks_until_when() {
        // given: the likely sentence gives the day the fair opened; when it runs to is further down, unlikely
        String article = "3月2日，青山区春季花卉展在人民公园开幕。展出花卉三百余种。本次花展将持续至4月30日。";
        List<String> sentences = List.of("3月2日，青山区春季花卉展在人民公园开幕。", "展出花卉三百余种。", "本次花展将持续至4月30日。");
        Evidence evidence = answered(scoredIn(article, sentences, 0, 0.8, "3月2日"), scoredIn(article, sentences, 1, 0.05, null),
                scoredIn(article, sentences, 2, 0.01, "4月30日"));

        // when
        Answer until = composer.compose(Question.parse("春季花卉展要办到什么时候？", List.of()), evidence);
        Answer opened = composer.compose(Question.parse("春季花卉展是哪天开幕的？", List.of()), evidence);

        // then
        assertEquals("3月2日，青山区春季花卉展在人民公园开幕。[1]本次花展将持续至4月30日。[2]", until.answer());
        assertEquals("3月2日，青山区春季花卉展在人民公园开幕。[1]", opened.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"“订单翻了一番。”|true", "「订单翻了一番。」|true", "“订单翻了一番，”他说。|false",
            "订单翻了一番。|false"})
    void should_tell_a_quoted_remark(String sentence, boolean quotation) {
        assertEquals(quotation, AnswerComposer.isQuotation(sentence));
    }

    @ParameterizedTest
    @CsvSource({"青山区总工会今年组织了冬季送温暖活动。,工会志愿者们在车站送上热茶。,true",
            "青山区总工会今年组织了冬季送温暖活动。,青山区总工会的志愿者们在车站送上热茶。,false",
            "青山区总工会今年组织了冬季送温暖活动。,志愿者们在车站送上热茶。,false"})
    void should_find_an_organisation_named_by_the_end_of_its_name(String before, String sentence, boolean named) {
        assertEquals(named, AnswerComposer.namesByItsEnd(before, sentence));
    }

    @Test
    void should_say_not_found_when_the_ranker_finds_the_question_unanswered_and_list_related_articles() {
        // when: a likely sentence, but the question as a whole is not answered by what was found
        Answer answer = composer.compose(question, new Evidence(List.of(scored("大桥全长1260米。", 0.9, "1260米")), false));

        // then
        assertTrue(answer.noAnswer());
        assertEquals("已收录的文章中没有找到“大桥全长多少米？”的答案。下面几篇文章内容相近，可供查阅。", answer.answer());
        assertEquals(1, answer.citations().size());
    }

    @Test
    void should_name_the_dates_searched_when_nothing_was_published_in_the_period_asked() {
        // when: the search within the question's reporting dates found no article
        Evidence evidence = new Evidence(List.of(scored("大桥全长1260米。", 0.9, "1260米")), false)
                .unreported(new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 16)));
        Answer answer = composer.compose(question, evidence);

        // then
        assertTrue(answer.noAnswer());
        assertEquals("已收录的文章中没有找到“大桥全长多少米？”的答案。发布于2024-06-01至2024-08-16之间（所问的时期及其后的报道期）"
                + "的文章中没有找到相关的报道。下面几篇文章内容相近，可供查阅。", answer.answer());
    }

    @Test
    void should_say_not_found_without_candidates() {
        // when
        Answer answer = composer.compose(question, Evidence.NONE);

        // then
        assertTrue(answer.noAnswer());
        assertTrue(answer.citations().isEmpty());
    }

    /**
     * A composer with a "not found" bar of 0.3, join ratio 0.5, adjacent ratio 0.25, at most {@code maxSentences}
     * sentences, and {@code passage} (or none) for questions asking for a passage.
     */
    private static AnswerComposer composer(int maxSentences, Tuning.Picking passage) {
        return new AnswerComposer(new Tuning("m", null, SentenceFeatures.NAMES,
                new Tuning.Constant(16, "test"), new Tuning.Constant(0.3, "test"), null, null, new Tuning.Constant(0.5, "test"),
                new Tuning.Constant(0.25, "test"), new Tuning.Constant(maxSentences, "test"), passage, null, null, null,
                Map.of(), Map.of()));
    }

    private static Evidence answered(Scored... scored) {
        return new Evidence(List.of(scored), true);
    }

    private static Scored scored(String sentence, double p, String entity) {
        return scoredIn(ARTICLE, SENTENCES, SENTENCES.indexOf(sentence), p, entity);
    }

    /** The {@code index}th of an article's sentences, scored {@code p}, with {@code entity} (or none) as its highlight. */
    private static Scored scoredIn(String article, List<String> sentences, int index, double p, String entity) {
        String sentence = sentences.get(index);
        int start = article.indexOf(sentence);
        Span span = entity == null ? null : new Span(sentence.indexOf(entity), sentence.indexOf(entity) + entity.length());
        Candidate c = new Candidate("bridge", "大桥通车", "bridge.jsonl", 0, null, index, sentences.size(), start,
                start + sentence.length(), sentence, null, "", "", article);
        return new Scored(c, 0.5, 0.7, span, p);
    }
}
