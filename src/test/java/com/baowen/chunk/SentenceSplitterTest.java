package com.baowen.chunk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("农历腊月初八这天有吃腊八粥的习俗。1月18日，太谷区总工会充分发挥组织优势。",
                        List.of("农历腊月初八这天有吃腊八粥的习俗。", "1月18日，太谷区总工会充分发挥组织优势。")),
                Arguments.of("现场基层干部纷纷表示：“课程深入浅出。这次学习不仅增长了我们的知识。”记者了解到，活动持续。",
                        List.of("现场基层干部纷纷表示：“课程深入浅出。", "这次学习不仅增长了我们的知识。”", "记者了解到，活动持续。")),
                Arguments.of("如何使社区党建联起来、动起来、活起来？阳高县的做法是：建立健全“六项机制”。",
                        List.of("如何使社区党建联起来、动起来、活起来？", "阳高县的做法是：建立健全“六项机制”。")),
                Arguments.of("据悉,调度令将执行至9日24时!随后解除;请留意。",
                        List.of("据悉,调度令将执行至9日24时!", "随后解除;", "请留意。")),
                Arguments.of("真是……好啊！？（笑）然后", List.of("真是……", "好啊！？", "（笑）然后")),
                Arguments.of("阳高县构建“六项机制”推进基层治理\n\n党建领航 “同”心强基\n本报讯",
                        List.of("阳高县构建“六项机制”推进基层治理", "党建领航 “同”心强基", "本报讯")),
                Arguments.of("  \n  ", List.of()),
                Arguments.of("温度为3.5度。", List.of("温度为3.5度。"))
        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_split_at_sentence_ends(String text, List<String> expected) {
        // when
        List<Span> spans = SentenceSplitter.split(text);

        // then
        assertEquals(expected, spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void should_give_exact_offsets_without_surrounding_blanks() {
        // given
        String text = " 本报讯 （记者崔斌）晋中市博士大讲堂开讲。 \n\n 师丹婧导入。";

        // when
        List<Span> spans = SentenceSplitter.split(text);

        // then
        assertEquals(List.of(new Span(1, 22), new Span(26, 32)), spans);
    }
}
