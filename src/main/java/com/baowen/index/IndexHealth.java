package com.baowen.index;

import com.baowen.BaowenException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Health of an index folder on disk, apart from serving it: Lucene's CheckIndex, a quick checksum pass
 * over the files of the last commit, telling corruption from other failures, and rebuilding beside a
 * corrupt index. Stateless; each method opens the folder itself.
 */
public final class IndexHealth {
    /** What to do about a corrupt index; every message about corruption ends with it. */
    public static final String ADVICE = "run 'baowen ingest --check' to see the damage, or 'baowen ingest --rebuild' "
            + "(or 'baowen serve --rebuild') to rebuild the index from the corpus";

    private IndexHealth() {
    }

    /**
     * The outcome of CheckIndex; immutable.
     *
     * @param clean       true when no problem was found
     * @param segments    segments in the last commit
     * @param badSegments segments with problems
     * @param lostDocs    documents in the bad segments
     * @param report      CheckIndex's own report, line by line
     */
    public record CheckResult(boolean clean, int segments, int badSegments, int lostDocs, String report) {
    }

    /**
     * Runs Lucene's CheckIndex over the whole index (every segment, every structure, every checksum).
     * Needs the index's write lock: no other Baowen may be writing it.
     *
     * @throws BaowenException naming the folder when it holds no index or is locked
     */
    public static CheckResult check(Path index) {
        if (!Files.isDirectory(index)) {
            throw new BaowenException("index folder " + index.toAbsolutePath() + " does not exist");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(index); CheckIndex checker = new CheckIndex(dir);
             PrintStream report = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            checker.setInfoStream(report, false);
            CheckIndex.Status s = checker.checkIndex();
            String text = out.toString(StandardCharsets.UTF_8);
            boolean clean = s.clean && !s.missingSegments;
            return new CheckResult(clean, s.numSegments, s.numBadSegments + (s.missingSegments ? 1 : 0), s.totLoseDocCount, text);
        } catch (LockObtainFailedException e) {
            throw new BaowenException("cannot check index " + index + ": another Baowen is writing it; stop it first", e);
        } catch (IOException e) {
            throw new BaowenException("cannot check index " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies the checksum of every file of the last commit, reading each once, without the write lock
     * (safe beside a running server; a file merged away meanwhile is skipped). Finds flipped bytes
     * anywhere in a file, which opening the index does not.
     *
     * @return why the index is corrupt, with {@link #ADVICE}; empty when every checksum matches or there is no index
     */
    public static Optional<String> verifyChecksums(Path index) {
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
            for (String file : commit.files(true)) {
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                } catch (NoSuchFileException e) {
                    // merged away by a commit since we listed it: the new commit has its own checksums
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return corruption(e).map(why -> "index " + index + " is corrupt (" + why + "): " + ADVICE);
        }
    }

    /**
     * Whether a failure to open or read an index is corruption (damaged, truncated or missing files, a
     * format from another Lucene), and what Lucene said about it.
     */
    public static Optional<String> corruption(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException || t instanceof EOFException
                    || t instanceof NoSuchFileException && !(t instanceof AccessDeniedException)) {
                return Optional.of(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a fresh index in a folder beside {@code index}, then swaps it in: the old folder is moved
     * aside (kept until the user deletes it), the new one takes its name. Until the swap, the old
     * index stays where it was.
     *
     * @param build fills the fresh folder it is given (e.g. opens an engine on it and indexes the corpus)
     * @return where the old index was moved, or empty when there was none
     */
    public static Optional<Path> rebuild(Path index, Consumer<Path> build) {
        Path abs = index.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path fresh = abs.resolveSibling(abs.getFileName() + ".rebuild-" + stamp);
        Path aside = abs.resolveSibling(abs.getFileName() + ".old-" + stamp);
        build.accept(fresh);
        try {
            Optional<Path> moved = Optional.empty();
            if (Files.exists(abs)) {
                Files.move(abs, aside);
                moved = Optional.of(aside);
            }
            Files.move(fresh, abs);
            return moved;
        } catch (IOException e) {
            throw new BaowenException("rebuilt the index in " + fresh + " but cannot move it to " + abs + ": " + e.getMessage(), e);
        }
    }
}
