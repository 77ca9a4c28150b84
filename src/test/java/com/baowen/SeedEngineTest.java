package com.baowen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedEngineTest {

    @Test
    void should_clean_up_a_folder_and_the_files_named_after_it_but_not_another_runs_folder() {
        // given a temporary folder made by one test JVM
        String name = "baowen-kill-index1234";
        // then the folder, its scans folder and its log are its own
        assertTrue(SeedEngine.namedAfter("baowen-kill-index1234", name));
        assertTrue(SeedEngine.namedAfter("baowen-kill-index1234-scans", name));
        assertTrue(SeedEngine.namedAfter("baowen-kill-index1234.log", name));
        // and a folder whose random digits merely begin the same way belongs to another run
        assertFalse(SeedEngine.namedAfter("baowen-kill-index12345", name));
        assertFalse(SeedEngine.namedAfter("baowen-kill-index12345-scans", name));
        assertFalse(SeedEngine.namedAfter("baowen-kill-index9", name));
    }
}
