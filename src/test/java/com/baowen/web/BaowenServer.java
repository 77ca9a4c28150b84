package com.baowen.web;

import com.baowen.Engine;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import com.baowen.http.ApiServer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.baowen.index.IndexProgress;

import java.nio.file.Path;

/**
 * The real Baowen server for the browser tests, wired like {@code serve} (and like the HTTP tests'
 * server): the ONNX model, a Lucene index built from {@code corpus} into {@code index}, extractive
 * answers, and {@code web/} at {@code /}, on a free port of 127.0.0.1. One per test class.
 */
final class BaowenServer implements AutoCloseable {
    private final Engine engine;
    private final ServingBackend backend;
    private final ApiServer server;

    private BaowenServer(Engine engine, ServingBackend backend, ApiServer server) {
        this.engine = engine;
        this.backend = backend;
        this.server = server;
    }

    static Path seeds() {
        return Path.of(System.getProperty("baowen.seeds", "seeds"));
    }

    static Path web() {
        return Path.of(System.getProperty("baowen.web", "web"));
    }

    /** Indexes {@code corpus} into the folder {@code index} (before answering), then listens. */
    static BaowenServer start(Path corpus, Path index) {
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        Config config = new Config(corpus, index, models, Config.DEFAULT_MODEL, "127.0.0.1", 0,
                Config.DEFAULT_CHUNK_CHARS, null, null, LlmConfig.NONE);
        Engine engine = Engine.open(config);
        ServingBackend backend = new ServingBackend();
        try {
            engine.index(IndexProgress.NONE);
            backend.ready(engine, new ExtractiveAnswerer(engine.retriever()));
            ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, null, null, web()), backend);
            return new BaowenServer(engine, backend, server);
        } catch (RuntimeException e) {
            backend.close();
            engine.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        try {
            server.close();
            backend.close();
        } finally {
            engine.close();
        }
    }
}
