package com.baowen.http;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.ExtractiveAnswerer;


/** A real server on a free port over the real engine and the seed pages, for the integration tests. */
final class TestServer implements AutoCloseable {
    private final ApiServer server;
    private final ServingBackend backend;

    private TestServer(ApiServer server, ServingBackend backend) {
        this.server = server;
        this.backend = backend;
    }

    /** @param apiKey the key the server requires, or {@code null} for none */
    static TestServer start(String apiKey) {
        return start(apiKey, null);
    }

    /** @param corsOrigin the one origin CORS allows, or {@code null} for CORS off */
    static TestServer start(String apiKey, String corsOrigin) {
        return withOptions(new ServerOptions("127.0.0.1", 0, apiKey, corsOrigin, SeedEngine.web()));
    }

    /** A server over the shared engine with these options. */
    static TestServer withOptions(ServerOptions options) {
        return start(SeedEngine.shared(), options);
    }

    /** A server over this engine (already indexed, or indexed by {@code POST /api/reindex}). */
    static TestServer start(Engine engine, ServerOptions options) {
        ServingBackend backend = new ServingBackend();
        backend.ready(engine, (com.baowen.retrieve.Retriever r) -> new ExtractiveAnswerer(r));
        return new TestServer(ApiServer.start(options, backend), backend);
    }

    /** A server over the shared engine whose answers come from {@code answererOf} (e.g. a language model's). */
    static TestServer start(ServerOptions options, java.util.function.Function<com.baowen.retrieve.Retriever, com.baowen.answer.Answerer> answererOf) {
        ServingBackend backend = new ServingBackend();
        backend.ready(SeedEngine.shared(), answererOf);
        return new TestServer(ApiServer.start(options, backend), backend);
    }

    int port() {
        return server.port();
    }

    ServingBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        server.close();
        backend.close();
    }
}
