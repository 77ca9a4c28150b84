package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.Engine;
import com.baowen.answer.Answerers;
import com.baowen.config.Config;
import com.baowen.documents.UploadLimits;
import com.baowen.http.ApiServer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.baowen.index.IndexHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the HTTP API and the web page.
 *
 * <p>Flow: 1. start listening at once ({@code /health} says {@code indexing}); 2. with
 * {@code --rebuild}, build a fresh index beside the old one and swap it in; 3. load the model and open
 * the index — a corrupt one leaves the server up but {@code degraded}, saying what to run; 4. verify
 * the index's checksums in the background and serve questions while the corpus is indexed
 * incrementally ({@code ready} when done); 5. run until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web chat; indexes what is new in the corpus in the background.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions options;

    /** The largest upload limit accepted, in MiB: a request body is kept on disk, but 64 GiB is past any page archive's file. */
    private static final long MAX_UPLOAD_MB = 65_536;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "${env:BAOWEN_WEB:-web}",
            description = "Folder of the web page served at /. Default: ${DEFAULT-VALUE}")
    Path web;

    @Option(names = "--allowed-hosts", paramLabel = "NAMES", defaultValue = "${env:BAOWEN_ALLOWED_HOSTS:-}",
            description = "Comma-separated host names accepted in the Host header besides localhost, 127.0.0.1 and [::1].")
    String allowedHosts;

    @Option(names = "--answer-workers", paramLabel = "N", defaultValue = "${env:BAOWEN_ANSWER_WORKERS:-0}",
            description = "Answers computed at once, 1..256; 0 for one per core but one. Default: ${DEFAULT-VALUE}")
    int answerWorkers;

    @Option(names = "--answer-queue", paramLabel = "N",
            defaultValue = "${env:BAOWEN_ANSWER_QUEUE:-" + ServerOptions.DEFAULT_ANSWER_QUEUE + "}",
            description = "Answers waiting for a worker before more are refused with 503 busy, 0..4096. Default: ${DEFAULT-VALUE}")
    int answerQueue;

    @Option(names = "--upload-max-file-mb", paramLabel = "MB", defaultValue = "${env:BAOWEN_UPLOAD_MAX_FILE_MB:-20}",
            description = "Largest file POST /api/documents takes, in MiB (text files over 20 MiB are still refused when read). Default: ${DEFAULT-VALUE}")
    long uploadMaxFileMb;

    @Option(names = "--upload-max-files", paramLabel = "N", defaultValue = "${env:BAOWEN_UPLOAD_MAX_FILES:-50}",
            description = "Files per upload request. Default: ${DEFAULT-VALUE}")
    int uploadMaxFiles;

    @Option(names = "--upload-max-total-mb", paramLabel = "MB", defaultValue = "${env:BAOWEN_UPLOAD_MAX_TOTAL_MB:-200}",
            description = "All files of one upload request together, in MiB. Default: ${DEFAULT-VALUE}")
    long uploadMaxTotalMb;

    @Option(names = "--rebuild", description = "Build a fresh index from the corpus beside the current one, then swap it in and serve it.")
    boolean rebuild;

    @Override
    public Integer call() throws InterruptedException {
        Config config = options.toConfig();
        ServerOptions serverOptions = ServerOptions.of(config, web).withAllowedHosts(allowedHosts)
                .withAnswerLimits(answerWorkers == 0 ? ServerOptions.DEFAULT_ANSWER_WORKERS : answerWorkers, answerQueue)
                .withUploads(uploadLimits());
        ServingBackend backend = new ServingBackend();
        ApiServer server = ApiServer.start(serverOptions, backend);
        LOG.info("Baowen listens on http://{}:{}/ (indexing {} first)", config.host(), server.port(), config.corpus());
        if (config.apiKey() == null && !isLoopback(config.host())) {
            LOG.warn("bound to {} without BAOWEN_API_KEY: anyone who reaches this address can ask", config.host());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Optional<Engine> opened = open(config, backend, server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            backend.close();
            opened.ifPresent(Engine::close);
            stopped.countDown();
        }, "baowen-shutdown"));
        opened.ifPresent(engine -> {
            backend.ready(engine, r -> Answerers.of(r, config.llm()));
            backend.reindex();
            Thread.ofVirtual().name("baowen-checksums").start(() ->
                    IndexHealth.verifyChecksums(config.index()).ifPresent(reason -> {
                        LOG.error(reason);
                        backend.degraded(reason);
                    }));
        });
        stopped.await();
        return 0;
    }

    private UploadLimits uploadLimits() {
        if (uploadMaxFileMb < 1 || uploadMaxFileMb > MAX_UPLOAD_MB || uploadMaxTotalMb < 1 || uploadMaxTotalMb > MAX_UPLOAD_MB) {
            throw new BaowenException("--upload-max-file-mb and --upload-max-total-mb must be 1.." + MAX_UPLOAD_MB
                    + ", got " + uploadMaxFileMb + " and " + uploadMaxTotalMb);
        }
        try {
            return new UploadLimits(uploadMaxFileMb << 20, uploadMaxFiles, uploadMaxTotalMb << 20);
        } catch (IllegalArgumentException e) {
            throw new BaowenException("upload limits (--upload-max-file-mb, --upload-max-files, --upload-max-total-mb): " + e.getMessage());
        }
    }

    /**
     * Rebuilds when asked, then opens the engine. A corrupt index does not stop the server: it stays up,
     * {@code degraded}, so {@code /health} says what to run.
     */
    private Optional<Engine> open(Config config, ServingBackend backend, ApiServer server) {
        try {
            if (rebuild) {
                IndexHealth.rebuild(config.index(), fresh -> {
                    try (Engine e = Engine.open(config.withIndex(fresh))) {
                        e.index((done, total, source, action) -> LOG.info("rebuilding {}/{}: {} {}", done, total, source, action));
                    }
                }).ifPresent(old -> LOG.info("rebuilt the index; the old one was moved to {}", old));
            }
            return Optional.of(Engine.open(config));
        } catch (RuntimeException e) {
            Optional<String> why = IndexHealth.corruption(e);
            if (why.isEmpty()) {
                server.close();
                backend.close();
                throw e;
            }
            String reason = "index " + config.index() + " is corrupt (" + why.get() + "): " + IndexHealth.ADVICE;
            LOG.error(reason, e);
            backend.degraded(reason);
            return Optional.empty();
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
