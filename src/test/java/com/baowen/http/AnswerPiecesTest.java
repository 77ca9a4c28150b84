package com.baowen.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerPiecesTest {
    @Test
    void should_cut_after_clauses_and_citation_marks() {
        List<String> pieces = AnswerPieces.of("太谷区总工会的腊八送粥活动已连续坚持了8年。[1]据介绍，今年送出腊八粥2000余份。[2]");

        assertEquals(List.of("太谷区总工会的腊八送粥活动已连续坚持了8年。", "[1]", "据介绍，", "今年送出腊八粥2000余份。", "[2]"), pieces);
    }

    @Test
    void should_not_split_a_citation_mark_at_the_length_limit() {
        String answer = "字".repeat(AnswerPieces.MAX_PIECE - 1) + "[12]";

        List<String> pieces = AnswerPieces.of(answer);

        assertEquals(List.of("字".repeat(AnswerPieces.MAX_PIECE - 1) + "[12]"), pieces);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "。", "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖𠀗𠀘𠀙𠀚",
            "这些文章没有回答这个问题。", "a]b[c]]][[[1", "长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长"})
    void should_rebuild_the_answer_exactly_without_splitting_surrogates(String answer) {
        List<String> pieces = AnswerPieces.of(answer);

        assertEquals(answer, String.join("", pieces));
        for (String piece : pieces) {
            assertTrue(!piece.isEmpty() && !Character.isLowSurrogate(piece.charAt(0)), pieces.toString());
        }
    }
}
