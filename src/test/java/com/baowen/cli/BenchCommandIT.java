package com.baowen.cli;

import com.baowen.App;
import com.baowen.SeedEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench} with the real model over the seed pages. */
class BenchCommandIT {

    @Test
    void should_keep_the_index_given_with_index_and_only_measure_queries_the_second_time(@TempDir Path tmp) throws Exception {
        // given
        Path index = tmp.resolve("index");

        // when
        JsonNode first = bench(index);
        JsonNode second = bench(index);

        // then: the first run indexes the five pages, the second finds them unchanged and still measures search
        assertEquals(5, first.get(0).get("figures").get("files").asInt(), first.toString());
        assertEquals(0, second.get(0).get("figures").get("files").asInt(), second.toString());
        assertTrue(Files.isDirectory(index), "the index given with --index is kept");
        assertEquals("search", second.get(1).get("name").asText(), second.toString());
        assertTrue(second.get(1).get("figures").get("p50 ms").asDouble() > 0, second.toString());
        assertTrue(second.get(1).get("figures").get("first pass p50 ms").asDouble() > 0, second.toString());
        assertEquals(1, second.get(1).get("figures").get("rounds").asInt(), second.toString());
    }

    @Test
    void should_refuse_zero_rounds_before_indexing_anything(@TempDir Path tmp) {
        Path index = tmp.resolve("index");

        int exit = App.commandLine().execute("bench", "--corpus", SeedEngine.seeds().toString(), "--index", index.toString(),
                "--rounds", "0");

        assertTrue(exit != 0, "exit " + exit);
        assertTrue(Files.notExists(index), "nothing indexed");
    }

    private static JsonNode bench(Path index) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int exit = App.commandLine().execute("bench", "--corpus", SeedEngine.seeds().toString(), "--index", index.toString(),
                    "--models", System.getProperty("baowen.models", "models"), "--sections", "search",
                    "--warm-up-seconds", "0", "--rounds", "1", "--json");
            assertEquals(0, exit);
        } finally {
            System.setOut(saved);
        }
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
