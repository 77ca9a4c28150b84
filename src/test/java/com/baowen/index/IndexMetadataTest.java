package com.baowen.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IndexMetadataTest {
    private static final IndexMetadata BUILT = IndexMetadata.current("bge-small-zh-v15", 512, 300, 1);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(IndexMetadata.current("bge-small-zh-v15", 512, 300, 1), List.of()),
                Arguments.of(IndexMetadata.current("bge-small-zh-v15-q", 512, 300, 1), List.of("model bge-small-zh-v15 -> bge-small-zh-v15-q")),
                Arguments.of(IndexMetadata.current("bge-base-zh", 768, 300, 1),
                        List.of("model bge-small-zh-v15 -> bge-base-zh", "dimension 512 -> 768")),
                Arguments.of(IndexMetadata.current("bge-small-zh-v15", 512, 400, 1), List.of("chunk size 300 -> 400 characters")),
                Arguments.of(IndexMetadata.current("bge-small-zh-v15", 512, 300, 0), List.of("chunk overlap 1 -> 0 sentences")),
                Arguments.of(new IndexMetadata(IndexMetadata.SCHEMA_VERSION + 1, "bge-small-zh-v15", 512, 300, 1),
                        List.of("schema version " + IndexMetadata.SCHEMA_VERSION + " -> " + (IndexMetadata.SCHEMA_VERSION + 1))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_name_every_setting_that_differs(IndexMetadata wanted, List<String> expected) {
        assertEquals(expected, BUILT.differences(wanted));
    }

    @Test
    void should_read_back_what_it_wrote_to_commit_user_data() {
        assertEquals(BUILT, IndexMetadata.fromUserData(BUILT.toUserData()));
    }

    @Test
    void should_find_no_metadata_in_an_index_that_is_not_ours() {
        assertNull(IndexMetadata.fromUserData(Map.of("other", "x")));
    }
}
