package com.baowen.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryPrefixTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "bge-small-zh-v15, true",
            "bge-small-zh-v15-q, true",
            "BGE-large-zh, true",
            "bge-small-en-v15, false",
            "m3e-base, false",
            "text2vec-base-chinese, false"})
    void should_give_the_bge_prefix_to_chinese_bge_models_only(String name, boolean bge) {
        assertEquals(bge ? Embedders.BGE_ZH_QUERY_PREFIX : "", Embedders.queryPrefix(dir, name));
    }

    @Test
    void should_take_the_prefix_from_the_model_folder_when_given() throws Exception {
        // given
        Files.writeString(dir.resolve("query-prefix.txt"), "查询：\n");

        // when / then: the file wins, without its line break
        assertEquals("查询：", Embedders.queryPrefix(dir, "bge-small-zh-v15"));
    }

    @Test
    void should_use_no_prefix_when_the_file_is_empty() throws Exception {
        // given
        Files.writeString(dir.resolve("query-prefix.txt"), "");

        // when / then
        assertEquals("", Embedders.queryPrefix(dir, "bge-small-zh-v15"));
    }
}
