package com.baowen.http;

import java.nio.file.Path;

/** A real server on a free port over the seed pages, for the integration tests. */
final class TestServer implements AutoCloseable {
    private final ApiServer server;
    private final Backend backend;

    private TestServer(ApiServer server, Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    static Path seeds() {
        return Path.of(System.getProperty("baowen.seeds", "seeds"));
    }

    static Path web() {
        return Path.of(System.getProperty("baowen.web", "web"));
    }

    /** @param apiKey the key the server requires, or {@code null} for none */
    static TestServer start(String apiKey) {
        return start(apiKey, null);
    }

    /** @param corsOrigin the one origin CORS allows, or {@code null} for CORS off */
    static TestServer start(String apiKey, String corsOrigin) {
        return withOptions(new ServerOptions("127.0.0.1", 0, apiKey, corsOrigin, web()));
    }

    static TestServer withOptions(ServerOptions options) {
        Backend backend = new SeedBackend(seeds());
        ApiServer server = ApiServer.start(options, backend);
        return new TestServer(server, backend);
    }

    int port() {
        return server.port();
    }

    Backend backend() {
        return backend;
    }

    @Override
    public void close() {
        server.close();
    }
}
