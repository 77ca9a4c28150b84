package com.baowen.indexing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FileDigestsTest {
    @TempDir
    Path dir;

    private final FileDigests digests = new FileDigests();

    @Test
    void should_read_an_unchanged_file_once() throws Exception {
        // given
        Path page = Files.writeString(dir.resolve("page.txt"), "腊八粥的故事。");

        // when
        String first = digests.digest(page);
        String second = digests.digest(page);

        // then
        assertEquals(first, second);
        assertEquals(1, digests.reads());
    }

    @Test
    void should_read_again_a_file_rewritten_with_the_same_size_and_a_new_time() throws Exception {
        // given
        Path page = Files.writeString(dir.resolve("page.txt"), "腊八粥的故事。");
        String before = digests.digest(page);

        // when
        rewrite(page, "春联里的故事。");
        String after = digests.digest(page);

        // then
        assertNotEquals(before, after);
        assertEquals(2, digests.reads());
    }

    @Test
    void should_read_again_a_page_whose_sidecar_appeared_or_changed() throws Exception {
        // given
        Path page = Files.writeString(dir.resolve("page.txt"), "腊八粥的故事。");
        String bare = digests.digest(page);

        // when
        Path meta = Files.writeString(dir.resolve("page.meta.json"), "{\"date\":\"2025-01-18\"}");
        String dated = digests.digest(page);
        rewrite(meta, "{\"date\":\"2025-01-19\"}");
        String redated = digests.digest(page);

        // then
        assertEquals(3, Set.of(bare, dated, redated).size());
        assertEquals(3, digests.reads());
    }

    @Test
    void should_keep_the_line_count_and_the_digest_of_one_file_together() throws Exception {
        // given: three articles and a blank line
        Path items = Files.writeString(dir.resolve("items.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n\n{\"id\":\"c\"}\n");

        // when
        long lines = digests.lines(items);
        String digest = digests.digest(items);

        // then: each read once, then remembered
        assertEquals(3, lines);
        assertEquals(List.of(3L, digest, 2L), List.of(digests.lines(items), digests.digest(items), digests.reads()));
    }

    @Test
    void should_not_remember_a_file_that_cannot_be_read_or_left_the_corpus() throws Exception {
        // given
        Path gone = dir.resolve("gone.txt");
        Path page = Files.writeString(dir.resolve("page.txt"), "腊八粥的故事。");
        digests.digest(page);

        // when
        String missing = digests.digest(gone);
        digests.retain(Set.of());
        digests.digest(page);

        // then: read again once forgotten
        assertNull(missing);
        assertEquals(3, digests.reads());
    }

    /** Writes the file again and moves its time on, as a later save would (some file systems tick in seconds). */
    private static void rewrite(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
    }
}
