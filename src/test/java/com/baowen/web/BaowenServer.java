package com.baowen.web;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.http.ApiServer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.baowen.index.IndexProgress;

import java.nio.file.Path;

/**
 * The real Baowen server for the browser tests, wired like {@code serve} (and like the HTTP tests'
 * server): the ONNX model, a Lucene index, extractive answers, and {@code web/} at {@code /}, on a
 * free port of 127.0.0.1. One per test class.
 */
final class BaowenServer implements AutoCloseable {
    private final Engine ownEngine;
    private final ServingBackend backend;
    private final ApiServer server;

    private BaowenServer(Engine ownEngine, ServingBackend backend, ApiServer server) {
        this.ownEngine = ownEngine;
        this.backend = backend;
        this.server = server;
    }

    /** A server over the seed pages (the engine shared by the test JVM). */
    static BaowenServer startOnSeeds() {
        return start(SeedEngine.shared(), null);
    }

    /** Indexes {@code corpus} into the folder {@code index} (before answering), then listens. */
    static BaowenServer start(Path corpus, Path index) {
        Engine engine = SeedEngine.open(corpus, index);
        try {
            engine.index(IndexProgress.NONE);
            return start(engine, engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** A server over this backend with these options (e.g. tight load-shedding limits). */
    static BaowenServer start(ServingBackend backend, ServerOptions options) {
        return new BaowenServer(null, backend, ApiServer.start(options.withWeb(SeedEngine.web()), backend));
    }

    /** @param ownEngine the engine to close with the server, or {@code null} when it is shared */
    private static BaowenServer start(Engine engine, Engine ownEngine) {
        ServingBackend backend = new ServingBackend();
        try {
            backend.ready(engine, r -> new ExtractiveAnswerer(r));   // as serve does: dated questions get a date-limited answerer
            ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()), backend);
            return new BaowenServer(ownEngine, backend, server);
        } catch (RuntimeException e) {
            backend.close();
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
            if (ownEngine != null) {
                ownEngine.close();
            }
        }
    }
}
