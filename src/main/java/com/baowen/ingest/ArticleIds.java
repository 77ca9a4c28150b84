package com.baowen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Stable, URL-safe article ids ({@code [A-Za-z0-9._-]}); stateless and thread-safe. */
public final class ArticleIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private ArticleIds() {
    }

    /** What {@link #isSafe} asks of an id, for messages. */
    public static final String RULE = "must be 1..200 of A-Z a-z 0-9 . _ - and not be '.' nor hold '..'";

    /**
     * True for an id the API can serve in a path ({@code /api/articles/{id}}): only {@code [A-Za-z0-9._-]},
     * 1..200 characters, not {@code .} and without {@code ..} (which a URL path resolves away).
     */
    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.equals(".") && !id.contains("..");
    }

    /**
     * The id stem of a corpus file: its name without extension, other characters replaced by '_'; when any
     * were replaced, a short hash of the name keeps stems of different names apart ("晋中日报.txt" → "____-3f2a9c1e").
     */
    public static String stemOf(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        String safe = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.contains("..") || safe.equals(".")) {
            safe = safe.replace('.', '_');
        }
        if (safe.equals(stem) && !safe.isEmpty()) {
            return safe;
        }
        return (safe.isEmpty() ? "file" : safe) + "-" + sha256(fileName).substring(0, 8);
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        MessageDigest digest = sha256();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /** The same digest as {@link #sha256(byte[])} of the file's bytes, read in pieces (any file size). */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
