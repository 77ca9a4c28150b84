package com.baowen.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceMapTest {

    @Test
    void should_map_each_text_position_and_the_end() {
        // given "晋中市博士\n大讲堂" cleaned to "晋中市博士大讲堂": the line break at 5 is dropped
        SourceMap map = new SourceMap(new int[]{0, 1, 2, 3, 4, 6, 7, 8});

        assertEquals(6, map.sourceOffset(5));
        assertEquals(9, map.sourceOffset(8));
    }

    @Test
    void should_name_a_position_out_of_range() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> SourceMap.identity(3).sourceOffset(4));

        assertEquals("textPos must be between 0 and 3, got 4", e.getMessage());
    }
}
