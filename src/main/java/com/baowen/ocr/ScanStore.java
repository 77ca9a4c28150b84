package com.baowen.ocr;

import com.baowen.BaowenException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Keeps each scan's OCR result (text, lines, boxes) as JSON in a folder, named by the SHA-256 of the file's
 * bytes, so re-indexing does not OCR a page again and the server can show where a citation is printed;
 * thread-safe (each file is written to a temporary name and moved in place).
 */
public final class ScanStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public ScanStore(Path dir) {
        this.dir = dir;
    }

    /** The stored reading of a file with this digest, or null when there is none (or it cannot be read). */
    public ScannedDocument load(String sha256) {
        Path f = file(sha256);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return JSON.readValue(f.toFile(), ScannedDocument.class);
        } catch (IOException e) {
            // a damaged entry is read again from the scan
            return null;
        }
    }

    /** True when a reading of the file with this digest is kept (without reading it). */
    public boolean contains(String sha256) {
        return Files.isRegularFile(file(sha256));
    }

    public void save(String sha256, ScannedDocument doc) {
        Path f = file(sha256);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, sha256, ".tmp");
            JSON.writeValue(tmp.toFile(), doc);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BaowenException("cannot store the OCR result of " + sha256 + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new BaowenException("a scan is stored by its hex SHA-256, got '" + sha256 + "'");
        }
        return dir.resolve(sha256 + ".json");
    }
}
