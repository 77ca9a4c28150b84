package com.baowen.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Token ids as LangChain4j's encoder makes them, with the real bge tokenizer. */
class PassageTokenizerTest {
    private static final long CLS = 101;
    private static final long SEP = 102;
    private static PassageTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = new PassageTokenizer(RealTokenizer.PATH);
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void should_wrap_a_short_text_in_cls_and_sep_one_token_per_chinese_character() {
        // when
        long[] ids = tokenizer.tokenize("腊八送温情 粥到意更浓");

        // then: the space dropped
        assertEquals(12, ids.length);
        assertEquals(CLS, ids[0]);
        assertEquals(SEP, ids[11]);
        assertEquals(ids[2], tokenizer.tokenize("八")[1]);
    }

    @Test
    void should_cut_a_long_text_after_512_tokens_as_langchain4j_does() {
        // given 1,200 Chinese characters, one token each
        String text = "腊八送温情粥到意更浓".repeat(120);

        // when
        long[] ids = tokenizer.tokenize(text);

        // then: the first 510 characters, framed by [CLS] and [SEP]
        assertEquals(512, ids.length);
        assertEquals(CLS, ids[0]);
        assertEquals(SEP, ids[511]);
        long[] head = tokenizer.tokenize(text.substring(0, 510));
        assertArrayEquals(head, ids);
    }
}
