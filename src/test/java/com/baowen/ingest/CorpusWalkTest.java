package com.baowen.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusWalkTest {
    @TempDir
    Path corpus;

    @Test
    void should_skip_a_symlink_loop_with_a_message_and_list_the_rest_in_path_order() throws IOException {
        // given: b/loop points back at the corpus folder
        Files.createDirectories(corpus.resolve("b"));
        Files.writeString(corpus.resolve("b/2.txt"), "二");
        Files.writeString(corpus.resolve("a.txt"), "一");
        Files.writeString(corpus.resolve("c.jsonl"), "{}");
        Files.writeString(corpus.resolve("b/skip.bin"), "x");
        Files.createSymbolicLink(corpus.resolve("b/loop"), corpus);
        List<String> problems = new ArrayList<>();

        // when
        List<String> names = new ArrayList<>();
        new CorpusReader().walk(corpus, problems::add).forEachRemaining(p -> names.add(CorpusReader.nameOf(corpus, p)));

        // then
        assertEquals(List.of("a.txt", "b/2.txt", "c.jsonl"), names);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("skipped folder " + corpus.resolve("b/loop") + ": a symbolic link loop"), problems.get(0));
    }
}
