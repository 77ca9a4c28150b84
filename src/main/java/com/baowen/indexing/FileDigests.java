package com.baowen.indexing;

import com.baowen.ingest.CorpusReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an indexing run learns from reading a corpus file whole — its {@link CorpusReader#digest digest} and its
 * line count — kept while the file and its {@code .meta.json} sidecar keep their size and modification time, so
 * that a server's next run (after an upload, a delete, a reindex) reads only what changed instead of every file
 * of the corpus again. In memory, for the life of the {@link Indexer}; a new process reads every file once.
 *
 * <p>A file rewritten with the same size within one tick of the file system's clock (nanoseconds on ext4, 2 s
 * on FAT) keeps its old digest until its time or size moves: the price of not reading unchanged files, as with
 * {@code make} and {@code git status}. Thread-safe.
 */
final class FileDigests {
    /** Size and time of a file and of its sidecar (0 and null without one). */
    private record Stamp(long size, FileTime modified, long metaSize, FileTime metaModified) {
    }

    private record Known(Stamp stamp, String digest, long lines) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    /** The file's digest; {@code null} when it cannot be read. */
    String digest(Path file) {
        Stamp stamp = stamp(file);
        Known k = current(file, stamp);
        if (k != null && k.digest != null) {
            return k.digest;
        }
        reads.incrementAndGet();
        String d = CorpusReader.digest(file);
        if (d == null) {
            known.remove(file);
        } else if (stamp != null) {
            known.put(file, new Known(stamp, d, k == null ? -1 : k.lines));
        }
        return d;
    }

    /** The file's non-blank lines ({@link Lines#count}). */
    long lines(Path file) {
        Stamp stamp = stamp(file);
        Known k = current(file, stamp);
        if (k != null && k.lines >= 0) {
            return k.lines;
        }
        reads.incrementAndGet();
        long n = Lines.count(file);
        if (stamp != null) {
            known.put(file, new Known(stamp, k == null ? null : k.digest, n));
        }
        return n;
    }

    /** Forgets every file but these (files that left the corpus). */
    void retain(Set<Path> files) {
        known.keySet().retainAll(files);
    }

    /** How many times a file was read whole since this was made (for tests). */
    long reads() {
        return reads.get();
    }

    /** What is known of the file at this stamp, or null. */
    private Known current(Path file, Stamp stamp) {
        Known k = stamp == null ? null : known.get(file);
        return k != null && k.stamp.equals(stamp) ? k : null;
    }

    /** The file's stamp, taken before it is read (a change while reading shows at the next run); null if unreadable. */
    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Path meta = CorpusReader.sidecarOf(file);
            BasicFileAttributes m = meta == null ? null : Files.readAttributes(meta, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), m == null ? 0 : m.size(), m == null ? null : m.lastModifiedTime());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
