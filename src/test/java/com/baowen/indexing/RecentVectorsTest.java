package com.baowen.indexing;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecentVectorsTest {
    @Test
    void should_drop_the_least_recently_used_text_when_full() {
        // given
        RecentVectors recent = new RecentVectors(2);
        recent.put("王毅参加上述活动。", new float[] {1, 0});
        recent.put("会议还研究了其他事项。", new float[] {0, 1});

        // when: the first is used again, then a third text comes
        recent.get("王毅参加上述活动。");
        recent.put("吴政隆参加会见。", new float[] {0.6f, 0.8f});

        // then
        assertEquals(2, recent.size());
        assertNull(recent.get("会议还研究了其他事项。"));
        assertArrayEquals(new float[] {1, 0}, recent.get("王毅参加上述活动。"));
    }

    @Test
    void should_hand_out_copies_that_callers_cannot_change() {
        // given
        RecentVectors recent = new RecentVectors(4);
        float[] given = {0.6f, 0.8f};
        recent.put("吴政隆参加会见。", given);

        // when
        given[0] = 9;
        recent.get("吴政隆参加会见。")[1] = 9;

        // then
        assertArrayEquals(new float[] {0.6f, 0.8f}, recent.get("吴政隆参加会见。"));
    }

    @Test
    void should_name_a_bad_capacity() {
        BaowenException e = assertThrows(BaowenException.class, () -> new RecentVectors(-1));
        assertEquals("capacity must be between 0 and 1000000, got -1", e.getMessage());
    }
}
