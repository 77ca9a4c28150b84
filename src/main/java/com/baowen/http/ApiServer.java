package com.baowen.http;

import com.baowen.BaowenException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.Map;

/**
 * Baowen's HTTP server (Javalin 7 on Jetty 12): the JSON API, SSE, the OpenAI-compatible endpoints,
 * {@code /health}, {@code /metrics} and the web page. Requests run on virtual threads and never wait
 * for indexing. Thread-safe.
 *
 * <p>Flow of a request: 1. {@link HostCheck} (DNS rebinding) and {@link SecurityHeaders}; 2. API key
 * check on {@code /api/*} and {@code /v1/*}; 3. the route's handler validates its input and asks the
 * {@link Backend}, answer work through the {@link AnswerGate} (503 {@code busy} when full);
 * 4. {@link ErrorMapping} turns failures into JSON errors; 5. {@link HttpMetrics} records route, method
 * and status class, all from closed sets.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final AnswerGate gate;

    private ApiServer(Javalin app, AnswerGate gate) {
        this.app = app;
        this.gate = gate;
    }

    /** Starts listening on {@code options.host():options.port()} (port 0 = any free port). */
    public static ApiServer start(ServerOptions options, Backend backend) {
        HttpMetrics metrics = new HttpMetrics(backend::status);
        ApiKeyCheck keyCheck = new ApiKeyCheck(options.apiKey());
        HostCheck hostCheck = HostCheck.of(options.host(), options.allowedHosts());
        AnswerGate gate = new AnswerGate(options.answerWorkers(), options.answerQueue());
        Javalin app = Javalin.create(config -> configure(config, options, backend, metrics, keyCheck, hostCheck, gate));
        try {
            app.start(options.host(), options.port());
        } catch (JavalinBindException e) {
            gate.close();
            throw new BaowenException("cannot listen on " + options.host() + ":" + options.port()
                    + ": the port is in use; choose another with --port or BAOWEN_PORT", e);
        }
        return new ApiServer(app, gate);
    }

    private static void configure(JavalinConfig config, ServerOptions options, Backend backend,
                                  HttpMetrics metrics, ApiKeyCheck keyCheck, HostCheck hostCheck, AnswerGate gate) {
        config.startup.showJavalinBanner = false;
        config.concurrency.useVirtualThreads = true;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = JsonBody.MAX_BYTES;
        // uploads: Jetty's own ceiling, above DocumentsHandler's checks so that they can name the limit passed
        config.jetty.multipartConfig.maxFileSize(options.uploads().maxJobBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(options.uploads().maxJobBytes()
                + options.uploads().maxFiles() * DocumentsHandler.PART_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.requestLogger.http(metrics::record);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
        if (options.corsOrigin() != null) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
        }
        if (options.web() != null && Files.isDirectory(options.web())) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = options.web().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
                // no dotfiles (.env, .git/…): they are never part of the page
                files.skipFileFunction = req -> SecurityHeaders.hasDotSegment(req.getRequestURI());
            });
        } else if (options.web() != null) {
            LOG.warn("web folder {} does not exist; serving the API only", options.web().toAbsolutePath());
        }
        ErrorMapping.install(config.routes);

        var routes = config.routes;
        routes.before(ctx -> {
            SecurityHeaders.add(ctx);
            hostCheck.check(ctx);
        });
        routes.before("/api/*", keyCheck::check);
        routes.before("/v1/*", keyCheck::check);

        routes.get("/health", new HealthHandler(backend));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));

        ArticlesHandler articles = new ArticlesHandler(backend);
        routes.post("/api/chat", new ChatHandler(backend, gate));
        SearchHandler search = new SearchHandler(backend, gate);
        routes.get("/api/search", search::get);
        routes.post("/api/search", search::post);
        routes.get("/api/articles", articles::list);
        routes.get("/api/articles/{id}", articles::one);
        ScanHandler scan = new ScanHandler(backend);
        routes.get("/api/articles/{id}/scan", scan::boxes);
        routes.get("/api/articles/{id}/scan/{page}", scan::image);
        routes.post("/api/reindex", ctx -> reindex(ctx, backend, keyCheck));
        DocumentsHandler documents = new DocumentsHandler(backend, options.uploads(), keyCheck.enabled());
        routes.post("/api/documents", documents::upload);
        routes.get("/api/documents", documents::list);
        routes.delete("/api/documents/<source>", documents::delete);
        routes.get("/api/jobs/{id}", documents::job);

        OpenAiHandler openAi = new OpenAiHandler(backend, gate);
        routes.post("/v1/chat/completions", openAi::completions);
        routes.get("/v1/models", openAi::models);
    }

    private static void reindex(Context ctx, Backend backend, ApiKeyCheck keyCheck) {
        if (!keyCheck.enabled()) {
            throw new HttpError(403, "forbidden",
                    "reindex is turned off: start the server with BAOWEN_API_KEY set and send Authorization: Bearer <key>");
        }
        boolean started = backend.reindex();
        ctx.status(202).contentType("application/json")
                .result(Json.write(Map.of("status", IndexStatus.INDEXING, "started", started)));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        gate.close();
    }
}
