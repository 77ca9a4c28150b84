package com.baowen.cli;

import com.baowen.App;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code serve}'s options that are checked before anything starts. */
class ServeCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--upload-max-file-mb|0|error: --upload-max-file-mb and --upload-max-total-mb must be 1..65536, got 0 and 200",
            "--upload-max-total-mb|70000|error: --upload-max-file-mb and --upload-max-total-mb must be 1..65536, got 20 and 70000",
            "--upload-max-files|0|error: upload limits (--upload-max-file-mb, --upload-max-files, --upload-max-total-mb): maxFiles must be at least 1, got 0",
            "--upload-max-total-mb|10|error: upload limits (--upload-max-file-mb, --upload-max-files, --upload-max-total-mb): maxJobBytes must be at least maxFileBytes (20971520), got 10485760"})
    void should_refuse_bad_upload_limits_naming_them_before_listening(String option, String value, String message) {
        // given
        StringWriter err = new StringWriter();
        CommandLine cl = App.commandLine();
        cl.setErr(new PrintWriter(err, true));

        // when
        int exit = cl.execute("serve", "--port", "0", option, value);

        // then
        assertEquals(2, exit);
        assertEquals(message, err.toString().strip());
    }
}
