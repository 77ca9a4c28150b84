package com.baowen.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryPrefixTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-zh-v15", "bge-small-zh-v15-q", "m3e-base"})
    void should_use_no_prefix_without_a_prefix_file_since_the_bge_one_lowered_recall(String name) {
        assertEquals("", Embedders.queryPrefix(dir, name));
    }

    @Test
    void should_take_the_prefix_from_the_model_folder_when_given() throws Exception {
        // given
        Files.writeString(dir.resolve("query-prefix.txt"), Embedders.BGE_ZH_QUERY_PREFIX + "\n");

        // when / then: without its line break
        assertEquals("为这个句子生成表示以用于检索相关文章：", Embedders.queryPrefix(dir, "bge-small-zh-v15"));
    }

}
