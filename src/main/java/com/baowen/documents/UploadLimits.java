package com.baowen.documents;

/**
 * How much one upload may carry; immutable. Each limit, when passed, is a 413 naming it.
 *
 * @param maxFileBytes the largest file, in bytes, at least 1 (20 MiB, the corpus reader's limit, by default)
 * @param maxFiles     files per request, at least 1 (50 by default)
 * @param maxJobBytes  all files of one request together, in bytes, at least {@code maxFileBytes} (200 MiB by default)
 */
public record UploadLimits(long maxFileBytes, int maxFiles, long maxJobBytes) {
    public static final UploadLimits DEFAULTS = new UploadLimits(20L << 20, 50, 200L << 20);

    public UploadLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + maxFileBytes);
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1, got " + maxFiles);
        }
        if (maxJobBytes < maxFileBytes) {
            throw new IllegalArgumentException("maxJobBytes must be at least maxFileBytes (" + maxFileBytes + "), got " + maxJobBytes);
        }
    }
}
