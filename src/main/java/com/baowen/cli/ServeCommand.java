package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.answer.Answerers;
import com.baowen.config.Config;
import com.baowen.http.ApiServer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the HTTP API and the web page.
 *
 * <p>Flow: 1. start listening at once ({@code /health} says {@code indexing}); 2. load the model and
 * open the index; 3. serve questions from it while the corpus is indexed incrementally in the
 * background ({@code ready} when done); 4. run until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web chat; indexes what is new in the corpus in the background.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions options;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "${env:BAOWEN_WEB:-web}",
            description = "Folder of the web page served at /. Default: ${DEFAULT-VALUE}")
    Path web;

    @Override
    public Integer call() throws InterruptedException {
        Config config = options.toConfig();
        ServingBackend backend = new ServingBackend();
        ApiServer server = ApiServer.start(ServerOptions.of(config, web), backend);
        LOG.info("Baowen listens on http://{}:{}/ (indexing {} first)", config.host(), server.port(), config.corpus());
        if (config.apiKey() == null && !isLoopback(config.host())) {
            LOG.warn("bound to {} without BAOWEN_API_KEY: anyone who reaches this address can ask", config.host());
        }
        Engine engine;
        try {
            engine = Engine.open(config);
        } catch (RuntimeException e) {
            server.close();
            backend.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            backend.close();
            engine.close();
            stopped.countDown();
        }, "baowen-shutdown"));
        backend.ready(engine, r -> Answerers.of(r, config.llm()));
        backend.reindex();
        stopped.await();
        return 0;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
