package com.baowen.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Opens {@code .jsonl} files for streaming: the encoding is chosen from the first 64 KiB (UTF-8, else
 * GB18030 when that decodes them), then lines are read one at a time; stateless.
 */
final class JsonlFiles {
    private static final int SNIFF_BYTES = 64 * 1024;

    private JsonlFiles() {
    }

    static OpenedFile open(Path file, String name, String digest) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | SecurityException e) {
            return OpenedFile.skipped(name, "unreadable: " + e);
        }
        if (head.length == 0) {
            return OpenedFile.skipped(name, "empty file");
        }
        if (TextDecoder.isBinary(head)) {
            return OpenedFile.skipped(name, "binary file (contains NUL bytes)");
        }
        Charset charset = decodes(head, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : decodes(head, TextDecoder.GB18030) ? TextDecoder.GB18030 : null;
        if (charset == null) {
            return OpenedFile.skipped(name, "not text: neither valid UTF-8 nor valid GB18030");
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            var warnings = new ArrayList<String>();
            JsonlParser parser = new JsonlParser(name, reader, warnings, JsonlParser.MAX_LINE_CHARS);
            return new OpenedFile(name, digest, charset.name(), parser, warnings, reader);
        } catch (IOException | SecurityException e) {
            return OpenedFile.skipped(name, "unreadable: " + e);
        }
    }

    /** True when {@code head} decodes, allowing a character cut at its end. */
    private static boolean decodes(byte[] head, Charset charset) {
        for (int cut = 0; cut < 4 && cut < head.length; cut++) {
            try {
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
                return true;
            } catch (CharacterCodingException e) {
                if (head.length < SNIFF_BYTES) {
                    return false; // the whole file: nothing was cut
                }
            }
        }
        return false;
    }
}
