package com.baowen.cli;

import com.baowen.App;
import com.baowen.SeedEngine;
import com.baowen.index.IndexHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest --check} and {@code --rebuild} on deliberately corrupted copies of the seed index. */
class IndexHealthIT {
    record Run(int exit, String err) {
    }

    static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            var cl = App.commandLine();
            cl.setErr(new java.io.PrintWriter(capture, true));
            int exit = cl.execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    static String[] ingest(Path index, String... flags) {
        return Stream.concat(Stream.of("ingest", "--index", index.toString(), "--corpus", SeedEngine.seeds().toString(),
                "--models", System.getProperty("baowen.models", "models")), Stream.of(flags)).toArray(String[]::new);
    }

    /** A copy of the shared seed index (its files are write-once; no writer is open between runs). */
    static Path copyOfSeedIndex(Path dir) throws IOException {
        Path source = SeedEngine.shared().config().index();
        Path copy = Files.createDirectory(dir.resolve("index"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    /** Flips 16 bytes in the middle of the index's largest file, as a failing disk would. */
    static Path flipBytes(Path index) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(index)) {
            largest = files.max(Comparator.comparingLong(IndexHealthIT::size)).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
            long at = f.length() / 2;
            byte[] bytes = new byte[16];
            f.seek(at);
            f.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            f.seek(at);
            f.write(bytes);
        }
        return largest;
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Truncates the commit point (segments_N), so the index cannot be opened at all. */
    static void breakCommit(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            Files.write(segments, java.util.Arrays.copyOf(Files.readAllBytes(segments), 20));
        }
    }

    @Test
    void should_find_flipped_bytes_with_check_and_repair_them_with_rebuild(@TempDir Path dir) throws Exception {
        // given
        Path index = copyOfSeedIndex(dir);
        assertEquals(0, run(ingest(index, "--check")).exit(), "the copy is clean before it is damaged");
        Path damaged = flipBytes(index);

        // when
        Run check = run(ingest(index, "--check"));
        var checksums = IndexHealth.verifyChecksums(index);

        // then: CheckIndex and the quick checksum pass both see it
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().matches("(?s).*index " + java.util.regex.Pattern.quote(index.toString())
                + " is damaged: 1 of \\d+ segments bad.*"), check.err());
        assertTrue(check.err().contains("run 'baowen ingest --rebuild'"), check.err());
        assertTrue(checksums.orElseThrow().contains("is corrupt"), checksums.toString());
        assertTrue(checksums.orElseThrow().contains(damaged.getFileName().toString()), checksums.toString());

        // when
        Run rebuild = run(ingest(index, "--rebuild"));

        // then: a fresh, clean index with every seed article took its place; the old one was moved aside
        assertEquals(0, rebuild.exit(), rebuild.err());
        Run after = run(ingest(index, "--check"));
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.err().contains("is clean"), after.err());
        assertTrue(rebuild.err().contains("index: " + SeedEngine.shared().status().articles() + " articles"), rebuild.err());
        try (Stream<Path> siblings = Files.list(dir)) {
            List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertEquals("index", names.get(0));
            assertTrue(names.get(1).startsWith("index.old-"), names.toString());
        }
    }

    @Test
    void should_say_which_command_to_run_when_the_index_cannot_be_opened(@TempDir Path dir) throws Exception {
        // given
        Path index = copyOfSeedIndex(dir);
        breakCommit(index);

        // when
        Run ingest = run(ingest(index));

        // then
        assertEquals(2, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("error: index " + index + " is corrupt ("), ingest.err());
        assertTrue(ingest.err().contains("run 'baowen ingest --check' to see the damage, or 'baowen ingest --rebuild' "
                + "(or 'baowen serve --rebuild') to rebuild the index from the corpus"), ingest.err());
    }
}
