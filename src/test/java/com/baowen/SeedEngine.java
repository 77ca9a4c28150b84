package com.baowen;

import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import com.baowen.index.IndexProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: the real engine (ONNX model, Lucene index on disk) over the seed pages, indexed once
 * per test JVM into a temporary folder and shared, read-only, by the answer, HTTP and browser ITs
 * (loading the model and embedding the seeds takes a while). Tests that change an index open their own.
 */
public final class SeedEngine {
    private static Engine shared;

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
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** An engine with the default model and settings over {@code corpus}, its index in {@code index}; not yet indexed. */
    public static Engine open(Path corpus, Path index) {
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        return Engine.open(new Config(corpus, index, models, Config.DEFAULT_MODEL, "127.0.0.1", 0,
                Config.DEFAULT_CHUNK_CHARS, null, null, LlmConfig.NONE));
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
