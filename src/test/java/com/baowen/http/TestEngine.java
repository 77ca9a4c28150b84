package com.baowen.http;

import com.baowen.Engine;
import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import com.baowen.index.IndexProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real engine over the seed pages for the HTTP integration tests: built once per test JVM in a
 * temp folder (indexing the seeds with the ONNX model takes a while), then shared read-only.
 */
final class TestEngine {
    private static Engine shared;

    private TestEngine() {
    }

    static synchronized Engine shared() {
        if (shared == null) {
            shared = open(TestServer.seeds(), temp("baowen-http-index"));
            shared.index(IndexProgress.NONE);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** An engine over {@code corpus} with its index in {@code index}; not yet indexed. */
    static Engine open(Path corpus, Path index) {
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        Config config = new Config(corpus, index, models, Config.DEFAULT_MODEL, "127.0.0.1", 0,
                Config.DEFAULT_CHUNK_CHARS, null, null, LlmConfig.NONE);
        return Engine.open(config);
    }

    static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
