package com.baowen.embed;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunSettingsTest {
    @Test
    void should_name_a_thread_count_out_of_range() {
        BaowenException e = assertThrows(BaowenException.class, () -> new RunSettings(0, 2, 512));
        assertEquals("intraOpThreads must be between 1 and 256, got 0", e.getMessage());
    }

    @Test
    void should_name_a_batch_budget_out_of_range() {
        BaowenException e = assertThrows(BaowenException.class, () -> new RunSettings(1, 2, 100_000));
        assertEquals("batchTokens must be between 1 and 65536, got 100000", e.getMessage());
    }
}
