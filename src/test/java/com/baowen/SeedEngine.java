package com.baowen;

import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import com.baowen.index.IndexProgress;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test fixture: the real engine (ONNX model, Lucene index on disk) over the seed pages, indexed once
 * per test JVM into a temporary folder and shared, read-only, by the answer, HTTP and browser ITs
 * (loading the model and embedding the seeds takes a while). Tests that change an index open their own.
 * Folders made by {@link #tempDir} are deleted when the test JVM exits, after the engines registered
 * with {@link #closeAtExit}, so repeated runs do not fill the temporary folder with indexes.
 */
public final class SeedEngine {
    private static Engine shared;
    private static final List<AutoCloseable> CLOSE_AT_EXIT = new ArrayList<>();
    private static final List<Path> DELETE_AT_EXIT = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SeedEngine::cleanUp, "test-folder-clean-up"));
    }

    private SeedEngine() {
    }

    /** The seed pages, as failsafe passes them. */
    public static Path seeds() {
        return Path.of(System.getProperty("baowen.seeds", "seeds"));
    }

    /** The web page's folder, as failsafe passes it. */
    public static Path web() {
        return Path.of(System.getProperty("baowen.web", "web"));
    }

    /** The seed engine, indexed on first use; closed when the JVM exits. Do not index into it. */
    public static synchronized Engine shared() {
        if (shared == null) {
            shared = open(seeds(), tempDir("baowen-seed-index-"));
            shared.index(IndexProgress.NONE);
            closeAtExit(shared);
        }
        return shared;
    }

    /** An engine with the default model and settings over {@code corpus}, its index in {@code index}; not yet indexed. */
    public static Engine open(Path corpus, Path index) {
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        return Engine.open(new Config(corpus, index, models, Config.DEFAULT_MODEL, "127.0.0.1", 0,
                Config.DEFAULT_CHUNK_CHARS, null, null, LlmConfig.NONE));
    }

    /** {@code engine} closed when the JVM exits, before the temporary folders are deleted. */
    public static synchronized void closeAtExit(AutoCloseable engine) {
        CLOSE_AT_EXIT.add(engine);
    }

    /**
     * A new temporary folder, deleted when the JVM exits together with its siblings named after it
     * (an engine's scans folder "…-scans", a process log "….log").
     */
    public static synchronized Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            DELETE_AT_EXIT.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name} itself or {@code name} and a suffix not going on with its random digits (another folder's). */
    static boolean namedAfter(String sibling, String name) {
        return sibling.equals(name) || sibling.startsWith(name) && !Character.isDigit(sibling.charAt(name.length()));
    }

    private static synchronized void cleanUp() {
        for (AutoCloseable c : CLOSE_AT_EXIT) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("closing " + c + " at exit: " + e);
            }
        }
        for (Path dir : DELETE_AT_EXIT) {
            String name = dir.getFileName().toString();
            try (Stream<Path> siblings = Files.list(dir.getParent())) {
                for (Path p : siblings.filter(p -> namedAfter(p.getFileName().toString(), name)).toList()) {
                    PathUtils.delete(p);
                }
            } catch (IOException e) {
                System.err.println("deleting " + dir + " at exit: " + e);
            }
        }
    }
}
