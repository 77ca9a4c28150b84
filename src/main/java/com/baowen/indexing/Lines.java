package com.baowen.indexing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the non-blank lines of a file by its bytes, for a JSONL file's article total. Stateless. */
final class Lines {
    private Lines() {
    }

    /** Lines holding anything but spaces, tabs and CR; 0 for a file that cannot be read. */
    static long count(Path file) {
        long n = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        n += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return 0;
        }
        return n + (content ? 1 : 0);
    }
}
