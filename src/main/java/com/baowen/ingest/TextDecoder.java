package com.baowen.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text file's bytes as UTF-8, or as GB18030 when they are not UTF-8; stateless and thread-safe. */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * @param text     the decoded text without a byte-order mark
     * @param encoding the charset name that decoded it
     */
    record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    /** @return the decoded text, or {@code null} when the bytes are neither valid UTF-8 nor valid GB18030 */
    static Decoded decode(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8, "UTF-8");
        }
        String gb = strict(bytes, GB18030);
        return gb == null ? null : new Decoded(gb, "GB18030");
    }

    /** True when the bytes look binary: a NUL byte in the first 8 KiB. */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
