package com.baowen.cli;

import com.baowen.App;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train} refuses learner settings it cannot use before it reads any set (asking the sets takes minutes). */
class TrainCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--eta|0|--eta must be over 0 and at most 1, got 0.0",
            "--eta|1.5|--eta must be over 0 and at most 1, got 1.5",
            "--min-child-weight|-1|--min-child-weight must be at least 0, got -1.0",
            "--rounds|0|--rounds must be at least 1, got 0",
            "--max-depth|17|--max-depth must be between 1 and 16, got 17",
            "--weighting|heavy|--weighting must be plain or balanced, got 'heavy'"})
    void should_refuse_a_bad_setting_before_reading_the_sets(String option, String value, String message) {
        // given: a set that does not exist (reading it would fail with another message) and no work folder yet
        Path work = dir.resolve("work");
        StringWriter err = new StringWriter();
        CommandLine cl = App.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));

        // when
        int code = cl.execute("train", dir.resolve("missing.json").toString(), "--work", work.toString(),
                "--out", dir.resolve("out").toString(), option, value);

        // then
        assertEquals(2, code, err.toString()); // a BaowenException: its message, no trace
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(Files.exists(work));
    }
}
